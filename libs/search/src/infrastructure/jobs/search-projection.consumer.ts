import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../contracts/consumed-events';
import { SearchProjector } from '../../application/projections/search-projector';

/** Keeps the search read model current: each relayed event, once, in the inbox transaction. */
@Injectable()
@ConsumesEvents(...CONSUMED_EVENT_TYPES)
export class SearchProjectionConsumer implements EventConsumer {
  constructor(private readonly projector: SearchProjector) {}

  handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    return this.projector.apply(event, em);
  }
}
