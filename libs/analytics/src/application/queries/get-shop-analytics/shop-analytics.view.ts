import { ApiProperty } from '@nestjs/swagger';

export class ShopDayView {
  @ApiProperty({ example: '2026-01-31' })
  date!: string;
  @ApiProperty({ description: 'ShopOrders placed that day' })
  orders!: number;
  @ApiProperty()
  paidOrders!: number;
  @ApiProperty({ description: 'Paid totals minus refunds, minor units' })
  revenue!: number;
}

export class ProductUnitsView {
  @ApiProperty({ format: 'uuid' })
  productId!: string;
  @ApiProperty()
  units!: number;
}

export class WarehouseUnitsView {
  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;
  @ApiProperty()
  units!: number;
}

/**
 * Figures over the ShopOrders placed in the range (UTC days, both ends included).
 * grossSales: totals of paid ShopOrders; refunds: refunds paid back on them; revenue = grossSales
 * − refunds. averageOrderValue = grossSales / paidOrders (rounded). cancellationRate: cancelled
 * for any reason but expiry / orders; expiryRate: cancelled for payment_timeout / orders.
 * Units count ShopOrders paid and not cancelled since.
 */
export class ShopAnalyticsView {
  @ApiProperty({ format: 'uuid' })
  shopId!: string;
  @ApiProperty()
  from!: string;
  @ApiProperty()
  to!: string;
  @ApiProperty()
  orders!: number;
  @ApiProperty()
  paidOrders!: number;
  @ApiProperty()
  cancelledOrders!: number;
  @ApiProperty()
  expiredOrders!: number;
  @ApiProperty()
  grossSales!: number;
  @ApiProperty()
  refunds!: number;
  @ApiProperty()
  revenue!: number;
  @ApiProperty()
  averageOrderValue!: number;
  @ApiProperty({ example: 0.125 })
  cancellationRate!: number;
  @ApiProperty({ example: 0.25 })
  expiryRate!: number;
  @ApiProperty({ type: [ShopDayView] })
  days!: ShopDayView[];
  @ApiProperty({ type: [ProductUnitsView] })
  products!: ProductUnitsView[];
  @ApiProperty({ type: [WarehouseUnitsView] })
  warehouses!: WarehouseUnitsView[];
}
