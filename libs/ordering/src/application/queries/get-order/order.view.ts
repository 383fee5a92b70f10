import { ApiProperty } from '@nestjs/swagger';
import { CANCELLATION_REASONS } from '../../../contracts/ordering.events';
import { PAYMENT_METHODS } from '../../../domain/order/placement';
import { ORDER_NUMBER_EXAMPLE } from '../../../domain/order/order-number';
import { SHOP_ORDER_STATUSES } from '../../../domain/shop-order/shop-order-status';

/** One bought line with the price it had at checkout. Amounts are integer minor units. */
export class OrderItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The ShopProduct (offer) bought' }) offerId!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ format: 'uuid' }) variantId!: string;
  @ApiProperty() productName!: string;
  @ApiProperty({ example: 'Large / Red' }) variantTitle!: string;
  @ApiProperty() sku!: string;
  @ApiProperty({ minimum: 1 }) quantity!: number;
  @ApiProperty() unitPrice!: number;
  @ApiProperty({ description: 'unitPrice × quantity' }) lineTotal!: number;
}

/** The shop's shipping method the buyer chose, as it was at checkout. */
export class OrderShippingMethodView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Regular' }) name!: string;
  @ApiProperty({ example: 'JNE' }) carrier!: string;
  @ApiProperty() estimatedDaysMin!: number;
  @ApiProperty() estimatedDaysMax!: number;
}

/** One shop's part of an order and where it is in its life cycle. */
export class ShopOrderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'uuid' }) shopId!: string;
  @ApiProperty({ description: "The shop's name when the order was placed" }) shopName!: string;
  @ApiProperty({ enum: SHOP_ORDER_STATUSES }) status!: string;
  @ApiProperty({ example: 'IDR' }) currency!: string;
  @ApiProperty() subtotal!: number;
  @ApiProperty({ description: "This shop's share of the promotion's discount" }) discount!: number;
  @ApiProperty({ description: 'What the buyer pays for shipping this part (0 when free)' })
  shipping!: number;
  @ApiProperty({ description: 'subtotal − discount + shipping' }) total!: number;
  @ApiProperty({
    type: OrderShippingMethodView,
    nullable: true,
    description: 'null only for orders placed before shops had shipping methods',
  })
  shippingMethod!: OrderShippingMethodView | null;
  @ApiProperty({ type: [OrderItemView] }) items!: OrderItemView[];
  @ApiProperty({ type: String, nullable: true }) carrier!: string | null;
  @ApiProperty({ type: String, nullable: true }) trackingNumber!: string | null;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ type: String, nullable: true }) paidAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) shippedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: String, enum: CANCELLATION_REASONS, nullable: true })
  cancelReason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The seller's words when it cancelled",
  })
  cancelNote!: string | null;
}

/** An address of the order (where it ships, where it is billed), as it was at checkout. */
export class ShippingAddressView {
  @ApiProperty() recipientName!: string;
  @ApiProperty() line1!: string;
  @ApiProperty({ type: String, nullable: true }) line2!: string | null;
  @ApiProperty() city!: string;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty() postalCode!: string;
  @ApiProperty({ example: 'ID' }) countryCode!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

export class OrderPromotionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
}

/** A buyer's order with its ShopOrders. Amounts are integer minor units of `currency`. */
export class OrderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    example: ORDER_NUMBER_EXAMPLE,
    description: 'The human-readable order number (GET /orders/by-number/{number})',
  })
  number!: string;
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty({
    enum: SHOP_ORDER_STATUSES,
    description:
      'Derived from the ShopOrders: cancelled when all are; otherwise the least advanced status ' +
      'of those not cancelled (pending_payment < paid < shipped < delivered < completed)',
  })
  status!: string;
  @ApiProperty({ example: 'IDR' }) currency!: string;
  @ApiProperty() subtotal!: number;
  @ApiProperty() discount!: number;
  @ApiProperty({ description: "Every shop's shipping" }) shipping!: number;
  @ApiProperty({ description: 'subtotal − discount + shipping: what the buyer pays' })
  total!: number;
  @ApiProperty({ type: OrderPromotionView, nullable: true }) promotion!: OrderPromotionView | null;
  @ApiProperty({ type: ShippingAddressView }) shippingAddress!: ShippingAddressView;
  @ApiProperty({
    type: ShippingAddressView,
    description: 'The billing address at checkout (the shipping address when none was given)',
  })
  billingAddress!: ShippingAddressView;
  @ApiProperty({ enum: PAYMENT_METHODS }) paymentMethod!: string;
  @ApiProperty({ description: 'Stock is held, and the order can be paid, until then' })
  expiresAt!: string;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ type: String, nullable: true }) paidAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt!: string | null;
  @ApiProperty({
    type: String,
    enum: CANCELLATION_REASONS,
    nullable: true,
    description: 'Why the whole order was cancelled before payment',
  })
  cancelReason!: string | null;
  @ApiProperty({ type: [ShopOrderView] }) shopOrders!: ShopOrderView[];
}
