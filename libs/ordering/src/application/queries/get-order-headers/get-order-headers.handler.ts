import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { deriveOrderStatus } from '../../../domain/order/order-status';
import { ShopOrderStatus } from '../../../domain/shop-order/shop-order-status';
import { GetOrderHeadersQuery } from './get-order-headers.query';
import { OrderHeader } from './order-header.view';

interface Row {
  order_id: string;
  number: string;
  id: string;
  shop_id: string;
  status: ShopOrderStatus;
  tracking_number: string | null;
}

/** One query for all the orders asked about: every ShopOrder of each, for the derived status. */
@QueryHandler(GetOrderHeadersQuery)
export class GetOrderHeadersHandler implements IQueryHandler<GetOrderHeadersQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ refs }: GetOrderHeadersQuery): Promise<OrderHeader[]> {
    const orderIds = [...new Set(refs.map((ref) => ref.orderId))];
    if (orderIds.length === 0) return [];
    const rows = await this.em.execute<Row[]>(
      `select so.order_id, o.number, so.id, so.shop_id, so.status, so.tracking_number
         from ordering.shop_orders so join ordering.orders o on o.id = so.order_id
        where so.order_id in (?)`,
      [orderIds],
    );
    return refs.flatMap(({ orderId, shopId }) => {
      const ofOrder = rows.filter((row) => row.order_id === orderId);
      const part = ofOrder.find((row) => row.shop_id === shopId);
      if (!part) return [];
      return [
        {
          orderId,
          number: part.number,
          status: deriveOrderStatus(ofOrder.map((row) => row.status)),
          shopId,
          shopOrderId: part.id,
          shopOrderStatus: part.status,
          trackingNumber: part.tracking_number,
        },
      ];
    });
  }
}
