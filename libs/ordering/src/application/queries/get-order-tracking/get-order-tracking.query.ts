import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { OrderTrackingView } from './order-tracking.view';

/**
 * Per shop: status, the shipping method chosen, carrier, tracking number and dates; for the
 * buyer (or an admin).
 */
export class GetOrderTrackingQuery extends Query<OrderTrackingView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly orderId: string,
  ) {
    super();
  }
}
