import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetVariantSummariesQuery } from '@pasar/catalog';
import { GetSellableStockQuery } from '@pasar/inventory';
import { GetOffersQuery, GetShippingOptionsQuery } from '@pasar/shops';
import { CartOffer } from '../../domain/cart/cart.aggregate';
import {
  InsufficientStockError,
  offerNotFound,
  OfferUnavailableError,
  ShopNotShippableError,
} from '../../domain/cart/cart.errors';

/** The checks a line passes when it is added or changed, asked of shops, catalog and inventory. */
@Injectable()
export class SellableOffers {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The offer, if it can be bought now in `quantity` units: it exists (else 404), it, its shop
   * and its product are active and the shop has an active shipping method in the offer's
   * currency (else 422), and its shop can sell that many (else 409 naming what is available).
   * Nothing is reserved.
   */
  async check(offerId: string, quantity: number): Promise<CartOffer> {
    const [offer] = await this.queries.execute(new GetOffersQuery([offerId]));
    if (!offer) throw offerNotFound(offerId);
    if (!offer.active) throw new OfferUnavailableError(offer.id, 'offer_inactive');
    if (!offer.shopActive) throw new OfferUnavailableError(offer.id, 'shop_inactive');
    const [variant] = await this.queries.execute(new GetVariantSummariesQuery([offer.variantId]));
    if (variant?.productStatus !== 'active') {
      throw new OfferUnavailableError(offer.id, 'product_inactive');
    }
    const shipping = await this.queries.execute(new GetShippingOptionsQuery([offer.shopId]));
    if (!shipping.some((option) => option.price.currency === offer.price.currency)) {
      throw new ShopNotShippableError(offer.shopId, offer.shopName);
    }
    const [stock] = await this.queries.execute(
      new GetSellableStockQuery([{ shopId: offer.shopId, variantId: offer.variantId }]),
    );
    const available = Math.max(0, stock?.available ?? 0);
    if (available < quantity) throw new InsufficientStockError(offer.id, quantity, available);
    return {
      offerId: offer.id,
      shopId: offer.shopId,
      variantId: offer.variantId,
      currency: offer.price.currency,
    };
  }
}
