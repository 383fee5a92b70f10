import { Command } from '@nestjs/cqrs';

/**
 * Checkout counts one use of the cart's promotion for an order, inside the checkout
 * transaction: re-checks validity, the total and per-buyer limits (a conditional update, so
 * concurrent checkouts cannot exceed them) and records the redemption. Once per order.
 */
export class RedeemPromotionCommand extends Command<void> {
  constructor(
    readonly promotionId: string,
    readonly buyerId: string,
    readonly orderId: string,
    /** Minor units taken off the order. */
    readonly discount: number,
  ) {
    super();
  }
}
