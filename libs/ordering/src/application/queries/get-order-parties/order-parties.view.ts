export interface OrderParties {
  orderId: string;
  buyerId: string;
  /** The shops the order bought from (one ShopOrder each). */
  shopIds: string[];
}
