import { Command } from '@nestjs/cqrs';

/**
 * An order's part reached a final state: closes the rooms about that order with `shopId` (or,
 * with null, about the whole order, e.g. cancelled unpaid) at `at`. Rooms already closed keep
 * their closing time. Returns how many rooms it closed.
 */
export class CloseOrderRoomsCommand extends Command<number> {
  constructor(
    readonly orderId: string,
    readonly shopId: string | null,
    readonly at: Date,
  ) {
    super();
  }
}
