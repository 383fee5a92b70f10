import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { OrderDetailView } from '../get-order/order-detail.view';

/**
 * One order found by its number (as a person types it), for its buyer or an admin, with its
 * payments. Another buyer's order answers the same 404 as a number no order has.
 */
export class GetOrderByNumberQuery extends Query<OrderDetailView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly number: string,
  ) {
    super();
  }
}
