import { Query } from '@nestjs/cqrs';
import { OrderPaymentView } from './order-payment.view';

/** The payments of an order (newest first) with their refunds; the caller checked access. */
export class GetOrderPaymentsQuery extends Query<OrderPaymentView[]> {
  constructor(readonly orderId: string) {
    super();
  }
}
