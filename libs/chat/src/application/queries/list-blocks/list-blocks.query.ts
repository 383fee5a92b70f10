import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { BlockView } from './block.view';

/** The blocks the caller placed, newest first. */
export class ListBlocksQuery extends Query<Page<BlockView>> {
  constructor(
    readonly actor: Pick<Actor, 'id'>,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
