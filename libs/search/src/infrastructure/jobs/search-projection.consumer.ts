import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventConsumer, EventEnvelope, ProjectsEvents } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../contracts/consumed-events';
import { SearchProjector } from '../../application/projections/search-projector';
import { bumpReadModelVersion } from '../../application/read-model-version';

/**
 * Keeps the search read model current: each relayed event, once, in the inbox transaction,
 * which also makes the change a new read model version (the result caches' key).
 */
@Injectable()
@ProjectsEvents(...CONSUMED_EVENT_TYPES)
export class SearchProjectionConsumer implements EventConsumer {
  constructor(private readonly projector: SearchProjector) {}

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    await this.projector.apply(event, em);
    await bumpReadModelVersion(em);
  }
}
