import { Command } from '@nestjs/cqrs';

/**
 * Puts a promo code on the buyer's cart if it applies to the cart as it is now (replacing any
 * other). Counts no use: only placing an order does (RedeemPromotionCommand).
 */
export class ApplyCartPromotionCommand extends Command<void> {
  constructor(
    readonly buyerId: string,
    readonly code: string,
  ) {
    super();
  }
}
