import { ApiProperty } from '@nestjs/swagger';
import { SHOP_ORDER_STATUSES } from '../../../domain/shop-order/shop-order-status';

/** Where one shop's parcel is. */
export class ShipmentTrackingView {
  @ApiProperty({ format: 'uuid' }) shopOrderId!: string;
  @ApiProperty({ format: 'uuid' }) shopId!: string;
  @ApiProperty() shopName!: string;
  @ApiProperty({ enum: SHOP_ORDER_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) carrier!: string | null;
  @ApiProperty({ type: String, nullable: true }) trackingNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) paidAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) shippedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt!: string | null;
}

export class OrderTrackingView {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ enum: SHOP_ORDER_STATUSES }) status!: string;
  @ApiProperty({ type: [ShipmentTrackingView], description: 'One per shop' })
  shipments!: ShipmentTrackingView[];
}
