import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { TimelineEntryView } from './timeline-entry.view';

/** Every change of an order and its ShopOrders, oldest first; for the buyer (or an admin). */
export class GetOrderTimelineQuery extends Query<TimelineEntryView[]> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly orderId: string,
  ) {
    super();
  }
}
