import { ApiProperty } from '@nestjs/swagger';
import { OrderPaymentView } from '@pasar/payments';
import { OrderView } from './order.view';

/** An order with its payments and their refunds, newest payment first. */
export class OrderDetailView extends OrderView {
  @ApiProperty({ type: [OrderPaymentView] }) payments!: OrderPaymentView[];
}
