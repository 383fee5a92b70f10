import { Query } from '@nestjs/cqrs';
import { PricedCart } from './priced-cart.view';

/**
 * A buyer's cart priced from the current offers, grouped by shop, with the applied promotion's
 * discount. GET /cart shows it; checkout snapshots it. An empty cart has no shops.
 */
export class PriceCartQuery extends Query<PricedCart> {
  constructor(readonly buyerId: string) {
    super();
  }
}
