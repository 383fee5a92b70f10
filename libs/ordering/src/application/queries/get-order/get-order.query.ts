import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { OrderDetailView } from './order-detail.view';

/** One order for its buyer (or an admin), with its payments; anyone else gets a 404. */
export class GetOrderQuery extends Query<OrderDetailView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly orderId: string,
  ) {
    super();
  }
}
