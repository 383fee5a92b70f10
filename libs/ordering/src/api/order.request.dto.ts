import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery, Text, Uuid } from '@pasar/shared';
import { PAYMENT_METHODS, PaymentMethod } from '../domain/order/order.aggregate';
import { CARRIER_MAX, TRACKING_NUMBER_MAX } from '../domain/shop-order/shop-order.aggregate';
import { SHOP_ORDER_STATUSES, ShopOrderStatus } from '../domain/shop-order/shop-order-status';

export class PlaceOrderDto {
  @ApiProperty({
    format: 'uuid',
    description: "One of the buyer's addresses; copied onto the order",
  })
  @Uuid()
  shippingAddressId!: string;

  @ApiProperty({ enum: PAYMENT_METHODS, example: 'card' })
  @IsIn(PAYMENT_METHODS, { message: `paymentMethod must be one of ${PAYMENT_METHODS.join(', ')}` })
  paymentMethod!: PaymentMethod;
}

export class ShipShopOrderDto {
  @ApiProperty({ example: 'JNE', maxLength: CARRIER_MAX })
  @Text(CARRIER_MAX)
  carrier!: string;

  @ApiProperty({ example: 'JNE0123456789', maxLength: TRACKING_NUMBER_MAX })
  @Text(TRACKING_NUMBER_MAX)
  trackingNumber!: string;
}

export class CancelShopOrderDto {
  @ApiProperty({ example: 'The last unit was damaged in storage', maxLength: 500 })
  @Text(500)
  reason!: string;
}

export class ShopOrdersQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: SHOP_ORDER_STATUSES, description: 'Only ShopOrders in this status' })
  @IsOptional()
  @IsIn(SHOP_ORDER_STATUSES, {
    message: `status must be one of ${SHOP_ORDER_STATUSES.join(', ')}`,
  })
  status?: ShopOrderStatus;
}
