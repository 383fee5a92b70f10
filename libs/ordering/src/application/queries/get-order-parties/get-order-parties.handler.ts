import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetOrderPartiesQuery } from './get-order-parties.query';
import { OrderParties } from './order-parties.view';

@QueryHandler(GetOrderPartiesQuery)
export class GetOrderPartiesHandler implements IQueryHandler<GetOrderPartiesQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ orderId }: GetOrderPartiesQuery): Promise<OrderParties | null> {
    const rows = await this.em.execute<{ buyer_id: string; shop_id: string }[]>(
      `select buyer_id, shop_id from ordering.shop_orders where order_id = ? order by shop_id`,
      [orderId],
    );
    if (rows.length === 0) return null;
    return { orderId, buyerId: rows[0].buyer_id, shopIds: rows.map((row) => row.shop_id) };
  }
}
