import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { PageQuery, Text, Uuid } from '@pasar/shared';
import { PAYMENT_METHODS, PaymentMethod } from '../domain/order/placement';
import { ORDER_NUMBER_EXAMPLE } from '../domain/order/order-number';
import { CARRIER_MAX, TRACKING_NUMBER_MAX } from '../domain/shop-order/shipment';
import { SHOP_ORDER_STATUSES, ShopOrderStatus } from '../domain/shop-order/shop-order-status';

export class ShippingMethodChoiceDto {
  @ApiProperty({ format: 'uuid', description: 'A shop with lines in the cart' })
  @Uuid()
  shopId!: string;

  @ApiProperty({ format: 'uuid', description: "One of that shop's active shipping methods" })
  @Uuid()
  methodId!: string;
}

export class PlaceOrderDto {
  @ApiProperty({
    format: 'uuid',
    description: "One of the buyer's shipping addresses; copied onto the order",
  })
  @Uuid()
  shippingAddressId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "One of the buyer's billing addresses; copied onto the order. Default: the buyer's default " +
      'billing address, else the shipping address',
  })
  @IsOptional()
  @Uuid()
  billingAddressId?: string;

  @ApiPropertyOptional({
    type: [ShippingMethodChoiceDto],
    description:
      'The shipping method per shop (at most one each); shops left out ship with their cheapest ' +
      'method. A method of another shop, an inactive or unknown one is a 422 naming the field ' +
      '(ORDERING.SHIPPING_METHOD_NOT_AVAILABLE)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ShippingMethodChoiceDto)
  shippingMethods?: ShippingMethodChoiceDto[];

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
  @ApiPropertyOptional({
    example: ORDER_NUMBER_EXAMPLE,
    description: 'Only the ShopOrder of the order with this number (as printed; any case)',
  })
  @IsOptional()
  @Text(20)
  number?: string;

  @ApiPropertyOptional({ enum: SHOP_ORDER_STATUSES, description: 'Only ShopOrders in this status' })
  @IsOptional()
  @IsIn(SHOP_ORDER_STATUSES, {
    message: `status must be one of ${SHOP_ORDER_STATUSES.join(', ')}`,
  })
  status?: ShopOrderStatus;
}
