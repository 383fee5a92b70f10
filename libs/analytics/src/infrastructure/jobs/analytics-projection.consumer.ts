import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventConsumer, EventEnvelope, ProjectsEvents } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../contracts/consumed-events';
import { AnalyticsProjector } from '../../application/projections/analytics-projector';

/** Keeps the analytics facts current: each relayed event, once, in the inbox transaction. */
@Injectable()
@ProjectsEvents(...CONSUMED_EVENT_TYPES)
export class AnalyticsProjectionConsumer implements EventConsumer {
  constructor(private readonly projector: AnalyticsProjector) {}

  handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    return this.projector.apply(event, em);
  }
}
