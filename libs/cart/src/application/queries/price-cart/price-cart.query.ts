import { Query } from '@nestjs/cqrs';
import { PricedCart } from './priced-cart.view';

/**
 * A buyer's cart priced from the current offers, grouped by shop, with the applied promotion's
 * discount and each shop's shipping. GET /cart shows it; checkout snapshots it. An empty cart has no shops.
 * `lockForCheckout` (inside the checkout transaction) locks the cart row until commit, so two
 * concurrent checkouts of one cart cannot both turn it into an order.
 */
export class PriceCartQuery extends Query<PricedCart> {
  constructor(
    readonly buyerId: string,
    readonly lockForCheckout = false,
    /** The shipping method chosen per shop; shops left out get their cheapest. */
    readonly shippingChoices: { shopId: string; methodId: string }[] = [],
  ) {
    super();
  }
}
