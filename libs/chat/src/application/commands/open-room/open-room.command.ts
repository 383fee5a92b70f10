import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** A buyer opens (or finds again) the room with a shop, optionally about one of their orders. */
export class OpenRoomCommand extends Command<{ roomId: string; created: boolean }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly orderId: string | null,
  ) {
    super();
  }
}
