import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { GetOrderPaymentsQuery } from '@pasar/payments';
import { OrderViews } from '../../services/order-views';
import { OrderDetailView } from './order-detail.view';
import { GetOrderQuery } from './get-order.query';

@QueryHandler(GetOrderQuery)
export class GetOrderHandler implements IQueryHandler<GetOrderQuery> {
  constructor(
    private readonly views: OrderViews,
    private readonly queries: QueryBus,
  ) {}

  async execute({ actor, orderId }: GetOrderQuery): Promise<OrderDetailView> {
    const order = await this.views.readableOrder(actor, orderId);
    const payments = await this.queries.execute(new GetOrderPaymentsQuery(orderId));
    return { ...order, payments };
  }
}
