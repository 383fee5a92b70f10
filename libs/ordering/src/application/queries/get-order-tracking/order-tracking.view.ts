import { ApiProperty } from '@nestjs/swagger';
import { SHOP_ORDER_STATUSES } from '../../../domain/shop-order/shop-order-status';
import { OrderShippingMethodView } from '../get-order/order.view';

/** Where one shop's parcel is. */
export class ShipmentTrackingView {
  @ApiProperty({ format: 'uuid' }) shopOrderId!: string;
  @ApiProperty({ format: 'uuid' }) shopId!: string;
  @ApiProperty() shopName!: string;
  @ApiProperty({ enum: SHOP_ORDER_STATUSES }) status!: string;
  @ApiProperty({
    type: OrderShippingMethodView,
    nullable: true,
    description: 'The method chosen at checkout (null only for orders placed before methods)',
  })
  shippingMethod!: OrderShippingMethodView | null;
  @ApiProperty({ description: 'What the buyer paid for this shipment' }) shippingCost!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The carrier the seller handed the parcel to (set when shipped)',
  })
  carrier!: string | null;
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
