import { SetMetadata } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from './event-envelope';

export const CONSUMES_EVENTS = Symbol('pasar:consumes-events');

/**
 * Marks a provider as a consumer of relayed events of the given types. The worker's
 * DomainEventsProcessor calls `handle` once per event and consumer (see Inbox).
 */
export const ConsumesEvents = (...types: string[]) => SetMetadata(CONSUMES_EVENTS, types);

export interface EventConsumer {
  /** Runs inside the inbox transaction: write with `em` so the work and the marker commit together. */
  handle(event: EventEnvelope, em: EntityManager): Promise<void>;
}
