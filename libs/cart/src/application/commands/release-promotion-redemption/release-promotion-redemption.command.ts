import { Command } from '@nestjs/cqrs';

/** The order was never paid (it expired or the buyer cancelled it): its promotion use is given back. Idempotent. */
export class ReleasePromotionRedemptionCommand extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
