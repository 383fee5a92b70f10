import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/**
 * A participant blocks the other side of a room: the buyer blocks the shop, the shop's seller
 * blocks the buyer (for that shop). Idempotent: `created` is false when it was already placed.
 */
export class BlockRoomCommand extends Command<{ created: boolean }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
  ) {
    super();
  }
}
