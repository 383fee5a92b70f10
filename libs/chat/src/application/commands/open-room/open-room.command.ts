import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/**
 * Opens (or finds again) the room between a buyer and a shop, optionally about one order: a
 * buyer opens it with a shop (about one of their orders from it, or none); a seller opens it
 * about an order of one of its shops, with that order's buyer. A room about an order is only
 * ever the room about that order: the general room with the shop is never reused for it.
 */
export class OpenRoomCommand extends Command<{ roomId: string; created: boolean }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly orderId: string | null,
  ) {
    super();
  }
}
