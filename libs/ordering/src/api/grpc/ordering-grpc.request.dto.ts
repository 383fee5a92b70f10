import { IsIn, ValidateIf } from 'class-validator';
import { Uuid } from '@pasar/shared';
import { ShipShopOrderDto } from '../order.request.dto';

export const SHIPPING_UPDATES = ['SHIPPING_UPDATE_SHIPPED', 'SHIPPING_UPDATE_DELIVERED'] as const;

const shipping = (request: UpdateShopOrderShippingRpc) =>
  request.update === 'SHIPPING_UPDATE_SHIPPED';

export class GetOrderRpc {
  @Uuid()
  orderId!: string;
}

/** Carrier and tracking number follow the HTTP ship request's rules, and only when shipping. */
export class UpdateShopOrderShippingRpc extends ShipShopOrderDto {
  @Uuid()
  shopOrderId!: string;

  @IsIn(SHIPPING_UPDATES, { message: `update must be one of ${SHIPPING_UPDATES.join(', ')}` })
  update!: (typeof SHIPPING_UPDATES)[number];

  @ValidateIf(shipping)
  override carrier!: string;

  @ValidateIf(shipping)
  override trackingNumber!: string;
}
