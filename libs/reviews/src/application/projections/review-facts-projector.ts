import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import {
  OFFER_SAVED,
  OfferSaved,
  ORDER_PLACED,
  OrderPlaced,
  PRODUCT_SAVED,
  ProductSaved,
  SHOP_ORDER_COMPLETED,
  SHOP_ORDER_DELIVERED,
  SHOP_SAVED,
  ShopOrderReceived,
  ShopSaved,
} from '../../contracts/consumed-events';

/**
 * Keeps the local facts reviews decides with: purchased and received items (verified reviews),
 * shop owners and offers (seller replies), and which products exist and are active. Every write
 * is an idempotent upsert, so events may arrive twice or out of order. The live consumer and the
 * rebuild both apply events through it.
 */
@Injectable()
export class ReviewFactsProjector {
  /** Events of other types are not part of the read model and are ignored. */
  async apply(event: EventEnvelope, em: EntityManager): Promise<void> {
    switch (event.type) {
      case ORDER_PLACED:
        return this.orderPlaced(event.payload as unknown as OrderPlaced, em);
      case SHOP_ORDER_DELIVERED:
      case SHOP_ORDER_COMPLETED:
        return this.received(event.payload as unknown as ShopOrderReceived, event.occurredAt, em);
      case SHOP_SAVED:
        return this.shopSaved(event.payload as unknown as ShopSaved, em);
      case OFFER_SAVED:
        return this.offerSaved(event.payload as unknown as OfferSaved, em);
      case PRODUCT_SAVED:
        return this.productSaved(event.payload as unknown as ProductSaved, em);
    }
  }

  private async orderPlaced(order: OrderPlaced, em: EntityManager): Promise<void> {
    for (const shopOrder of order.shopOrders) {
      for (const item of shopOrder.items) {
        await em.execute(
          `insert into reviews.purchased_items (shop_order_id, product_id, buyer_id)
           values (?, ?, ?) on conflict do nothing`,
          [shopOrder.shopOrderId, item.productId, order.buyerId],
        );
      }
      await this.verifyReviewsOf(shopOrder.shopOrderId, em);
    }
  }

  private async received(
    shopOrder: ShopOrderReceived,
    occurredAt: string,
    em: EntityManager,
  ): Promise<void> {
    await em.execute(
      `insert into reviews.received_shop_orders (shop_order_id, received_at) values (?, ?)
       on conflict do nothing`,
      [shopOrder.shopOrderId, occurredAt],
    );
    await this.verifyReviewsOf(shopOrder.shopOrderId, em);
  }

  /** Reviews written before the goods arrived become verified when they do. */
  private async verifyReviewsOf(shopOrderId: string, em: EntityManager): Promise<void> {
    await em.execute(
      `update reviews.reviews r set verified = true, updated_at = now()
         from reviews.purchased_items p
         join reviews.received_shop_orders d on d.shop_order_id = p.shop_order_id
        where p.shop_order_id = ? and r.buyer_id = p.buyer_id and r.product_id = p.product_id
          and not r.verified`,
      [shopOrderId],
    );
  }

  private async shopSaved(shop: ShopSaved, em: EntityManager): Promise<void> {
    await em.execute(
      `insert into reviews.shop_owners (shop_id, owner_id, version) values (?, ?, ?)
       on conflict (shop_id) do update set owner_id = excluded.owner_id, version = excluded.version
        where reviews.shop_owners.version < excluded.version`,
      [shop.shopId, shop.ownerId, shop.version],
    );
  }

  private async offerSaved(offer: OfferSaved, em: EntityManager): Promise<void> {
    await em.execute(
      `insert into reviews.shop_offers (offer_id, shop_id, product_id) values (?, ?, ?)
       on conflict do nothing`,
      [offer.offerId, offer.shopId, offer.productId],
    );
  }

  private async productSaved(product: ProductSaved, em: EntityManager): Promise<void> {
    await em.execute(
      `insert into reviews.products (product_id, active, updated_at) values (?, ?, ?)
       on conflict (product_id) do update set active = excluded.active, updated_at = excluded.updated_at
        where reviews.products.updated_at < excluded.updated_at`,
      [product.id, product.status === 'active', product.updatedAt],
    );
  }
}
