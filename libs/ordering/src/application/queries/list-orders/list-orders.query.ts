import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { OrderView } from '../get-order/order.view';

/** A buyer's own orders, newest first. */
export class ListOrdersQuery extends Query<Page<OrderView>> {
  constructor(
    readonly buyerId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
