import { ApiProperty } from '@nestjs/swagger';
import { OrderView } from '../../queries/get-order/order.view';

/** How to pay the order just placed. */
export class PaymentInstructionsView {
  @ApiProperty({ enum: ['simulated', 'stripe'] }) provider!: string;
  @ApiProperty({ example: 'card' }) method!: string;
  @ApiProperty({ description: 'The order total, in minor units' }) amount!: number;
  @ApiProperty({ example: 'IDR' }) currency!: string;
  @ApiProperty({ description: 'After this the order is cancelled and its stock released' })
  payBefore!: string;
  @ApiProperty({ description: 'POST here (as the buyer) to get a payment intent' })
  createIntentUrl!: string;
}

/** Checkout's answer: the order with its ShopOrders, and how to pay it. */
export class PlacedOrderView extends OrderView {
  @ApiProperty({
    type: PaymentInstructionsView,
    nullable: true,
    description: 'Null when the total is 0: the order is paid at checkout',
  })
  paymentInstructions!: PaymentInstructionsView | null;
}
