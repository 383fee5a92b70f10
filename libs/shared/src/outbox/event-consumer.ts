import { SetMetadata } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from './event-envelope';

export const CONSUMES_EVENTS = Symbol('pasar:consumes-events');
export const PROJECTS_EVENTS = Symbol('pasar:projects-events');

/**
 * The queue the relay also adds every event to (same job id as on `domain-events`), for the
 * read-model consumers: a slow projection or a rebuild holding its tables never delays the
 * consumers that move orders, payments and stock along.
 */
export const PROJECTIONS_QUEUE = 'projections';

/**
 * Marks a provider as a consumer of relayed events of the given types, for side effects
 * (commands of its own context, notifications). The DomainEventsProcessor calls `handle` once
 * per event and consumer (see Inbox).
 */
export const ConsumesEvents = (...types: string[]) => SetMetadata(CONSUMES_EVENTS, types);

/**
 * Marks a provider as a read-model projection of relayed events of the given types: the
 * ProjectionsProcessor calls `handle` once per event and consumer, from the `projections` queue.
 */
export const ProjectsEvents = (...types: string[]) => SetMetadata(PROJECTS_EVENTS, types);

export interface EventConsumer {
  /** Runs inside the inbox transaction: write with `em` so the work and the marker commit together. */
  handle(event: EventEnvelope, em: EntityManager): Promise<void>;
}
