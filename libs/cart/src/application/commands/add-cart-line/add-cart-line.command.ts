import { Command } from '@nestjs/cqrs';

/**
 * Puts `quantity` units of an offer in the buyer's cart (opening the cart if needed); an offer
 * already there gets them added to its line. The offer must be sellable in the line's new
 * quantity now.
 */
export class AddCartLineCommand extends Command<{ lineId: string }> {
  constructor(
    readonly buyerId: string,
    readonly offerId: string,
    readonly quantity: number,
  ) {
    super();
  }
}
