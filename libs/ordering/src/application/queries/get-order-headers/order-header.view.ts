/** What another context shows of an order it refers to (chat's room header). */
export interface OrderHeader {
  orderId: string;
  number: string;
  /** The order's status, derived from all its ShopOrders. */
  status: string;
  /** The shop asked about, its ShopOrder, and where that stands. */
  shopId: string;
  shopOrderId: string;
  shopOrderStatus: string;
  /** The carrier's tracking number of that ShopOrder, once shipped. */
  trackingNumber: string | null;
}
