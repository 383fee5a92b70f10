import { Query } from '@nestjs/cqrs';

export interface SellableStock {
  shopId: string;
  variantId: string;
  /** on hand − reserved over the shop's active warehouses, now. */
  available: number;
}

/** Public query (the cart checks quantities with it): what each shop can sell of each variant. */
export class GetSellableStockQuery extends Query<SellableStock[]> {
  constructor(readonly items: { shopId: string; variantId: string }[]) {
    super();
  }
}
