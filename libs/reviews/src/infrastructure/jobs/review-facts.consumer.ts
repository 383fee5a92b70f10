import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventConsumer, EventEnvelope, ProjectsEvents } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../contracts/consumed-events';
import { ReviewFactsProjector } from '../../application/projections/review-facts-projector';

/** Keeps the reviews context's local facts current: each relayed event, once, in the inbox transaction. */
@Injectable()
@ProjectsEvents(...CONSUMED_EVENT_TYPES)
export class ReviewFactsConsumer implements EventConsumer {
  constructor(private readonly projector: ReviewFactsProjector) {}

  handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    return this.projector.apply(event, em);
  }
}
