import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { normalizeOrderNumber } from '../../../domain/order/order-number';
import { orderNotFound } from '../../../domain/order/order.errors';
import { GetOrderQuery } from '../get-order/get-order.query';
import { OrderDetailView } from '../get-order/order-detail.view';
import { GetOrderByNumberQuery } from './get-order-by-number.query';

@QueryHandler(GetOrderByNumberQuery)
export class GetOrderByNumberHandler implements IQueryHandler<GetOrderByNumberQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: QueryBus,
  ) {}

  async execute({ actor, number }: GetOrderByNumberQuery): Promise<OrderDetailView> {
    const canonical = normalizeOrderNumber(number);
    if (canonical === null) throw orderNotFound();
    // Filtered by buyer in SQL: whether someone else's order has this number stays unknown.
    const [row] = await this.em.execute<{ id: string }[]>(
      actor.role === 'admin'
        ? 'select id from ordering.orders where number = ?'
        : 'select id from ordering.orders where number = ? and buyer_id = ?',
      actor.role === 'admin' ? [canonical] : [canonical, actor.id],
    );
    if (!row) throw orderNotFound();
    return this.queries.execute(new GetOrderQuery(actor, row.id));
  }
}
