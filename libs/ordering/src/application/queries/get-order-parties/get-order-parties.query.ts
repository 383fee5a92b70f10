import { Query } from '@nestjs/cqrs';
import { OrderParties } from './order-parties.view';

/** Public query for other contexts (chat links rooms to orders): who bought from which shops; null if unknown. */
export class GetOrderPartiesQuery extends Query<OrderParties | null> {
  constructor(readonly orderId: string) {
    super();
  }
}
