/** What another context shows of one shop's part of an order (chat's order cards). */
export interface ShopOrderCard {
  orderId: string;
  number: string;
  buyerId: string;
  shopId: string;
  shopOrderId: string;
  status: string;
  /** Integer minor units of `currency`: subtotal − discount + shipping. */
  total: number;
  currency: string;
  /** Units bought (the sum of the lines' quantities). */
  itemCount: number;
  /** The product of the first line, for a picture. */
  firstProductId: string | null;
  carrier: string | null;
  trackingNumber: string | null;
}
