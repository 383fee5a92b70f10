/**
 * The events the reviews context learns purchases and sellers from, as it reads them (a
 * tolerant reader: only the fields it uses, declared here so reviews imports no other context).
 * The type strings are the publishers' contracts; extra payload fields are ignored.
 */
export const ORDER_PLACED = 'ordering.order-placed';
export const SHOP_ORDER_DELIVERED = 'ordering.shop-order-delivered';
export const SHOP_ORDER_COMPLETED = 'ordering.shop-order-completed';
export const SHOP_SAVED = 'shops.shop-saved';
export const OFFER_SAVED = 'shops.offer-saved';
export const PRODUCT_SAVED = 'catalog.product-saved';

export interface OrderPlaced {
  orderId: string;
  buyerId: string;
  shopOrders: { shopOrderId: string; shopId: string; items: { productId: string }[] }[];
}

/** shop-order-delivered and shop-order-completed. */
export interface ShopOrderReceived {
  shopOrderId: string;
  buyerId: string;
}

export interface ShopSaved {
  shopId: string;
  ownerId: string;
  version: number;
}

export interface OfferSaved {
  offerId: string;
  shopId: string;
  productId: string;
}

export interface ProductSaved {
  id: string;
  status: string;
  updatedAt: string;
}

export const CONSUMED_EVENT_TYPES = [
  ORDER_PLACED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_COMPLETED,
  SHOP_SAVED,
  OFFER_SAVED,
  PRODUCT_SAVED,
] as const;
