import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MoneyPayload } from '../../../contracts/shops.events';

export interface OfferChangeRequest {
  price?: MoneyPayload;
  /** null clears it. */
  compareAtPrice?: MoneyPayload | null;
  active?: boolean;
}

/** The shop's owner (or an admin) reprices an offer or starts/stops selling it. */
export class UpdateOfferCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly offerId: string,
    readonly changes: OfferChangeRequest,
  ) {
    super();
  }
}
