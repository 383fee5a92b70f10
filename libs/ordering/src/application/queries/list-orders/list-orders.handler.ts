import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { OrderViews } from '../../services/order-views';
import { OrderView } from '../get-order/order.view';
import { ListOrdersQuery } from './list-orders.query';

@QueryHandler(ListOrdersQuery)
export class ListOrdersHandler implements IQueryHandler<ListOrdersQuery> {
  constructor(private readonly views: OrderViews) {}

  execute({ buyerId, limit, offset }: ListOrdersQuery): Promise<Page<OrderView>> {
    return this.views.ordersOfBuyer(buyerId, limit, offset);
  }
}
