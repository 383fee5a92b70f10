import { Command } from '@nestjs/cqrs';

/** Takes the promo code off the buyer's cart; nothing happens if it has none. */
export class RemoveCartPromotionCommand extends Command<void> {
  constructor(readonly buyerId: string) {
    super();
  }
}
