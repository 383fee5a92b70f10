import { ApiProperty } from '@nestjs/swagger';

export class TopShopView {
  @ApiProperty({ format: 'uuid' })
  shopId!: string;
  @ApiProperty({ description: 'Paid totals minus refunds, minor units' })
  revenue!: number;
  @ApiProperty()
  paidOrders!: number;
}

/**
 * Over the orders placed in the range (UTC days, both ends included). gmv: totals of paid
 * ShopOrders before refunds; revenue: gmv − refunds. orders / paidOrders count buyer orders
 * (one checkout). activeBuyers: buyers with a paid order; activeSellers: shops with a paid
 * ShopOrder. topShops: the 10 shops with the most revenue.
 */
export class PlatformAnalyticsView {
  @ApiProperty()
  from!: string;
  @ApiProperty()
  to!: string;
  @ApiProperty()
  gmv!: number;
  @ApiProperty()
  refunds!: number;
  @ApiProperty()
  revenue!: number;
  @ApiProperty()
  orders!: number;
  @ApiProperty()
  paidOrders!: number;
  @ApiProperty()
  activeBuyers!: number;
  @ApiProperty()
  activeSellers!: number;
  @ApiProperty({ type: [TopShopView] })
  topShops!: TopShopView[];
}
