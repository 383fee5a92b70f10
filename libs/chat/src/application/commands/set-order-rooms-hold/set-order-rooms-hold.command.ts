import { Command } from '@nestjs/cqrs';

/**
 * A payment dispute of the order opened (`reason` given) or closed (null): puts every room about
 * the order on hold, or lifts the holds a dispute placed (an admin's hold stays). Returns how
 * many rooms changed.
 */
export class SetOrderRoomsHoldCommand extends Command<number> {
  constructor(
    readonly orderId: string,
    readonly reason: string | null,
    readonly at: Date,
  ) {
    super();
  }
}
