import { ApiProperty } from '@nestjs/swagger';
import { PAYMENT_METHODS } from '../../../domain/order/placement';
import { ORDER_NUMBER_EXAMPLE } from '../../../domain/order/order-number';
import { ShippingAddressView, ShopOrderView } from '../get-order/order.view';

/** A ShopOrder as its seller works on it: with the buyer and where to ship. */
export class SellerShopOrderView extends ShopOrderView {
  @ApiProperty({ example: ORDER_NUMBER_EXAMPLE, description: "The order's number" })
  orderNumber!: string;
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty({ type: ShippingAddressView }) shippingAddress!: ShippingAddressView;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod!: string;
}
