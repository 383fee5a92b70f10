import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetShopOrderCardQuery } from './get-shop-order-card.query';
import { ShopOrderCard } from './shop-order-card.view';

interface Row {
  id: string;
  order_id: string;
  number: string;
  buyer_id: string;
  shop_id: string;
  status: string;
  total: string;
  currency: string;
  item_count: string;
  first_product_id: string | null;
  carrier: string | null;
  tracking_number: string | null;
}

@QueryHandler(GetShopOrderCardQuery)
export class GetShopOrderCardHandler implements IQueryHandler<GetShopOrderCardQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ orderId, shopId }: GetShopOrderCardQuery): Promise<ShopOrderCard | null> {
    const [row] = await this.em.execute<Row[]>(
      `select so.id, so.order_id, o.number, so.buyer_id, so.shop_id, so.status, so.total,
              so.currency, so.carrier, so.tracking_number,
              (select coalesce(sum(i.quantity), 0) from ordering.shop_order_items i
                where i.shop_order_id = so.id) as item_count,
              (select i.product_id from ordering.shop_order_items i
                where i.shop_order_id = so.id order by i.position limit 1) as first_product_id
         from ordering.shop_orders so join ordering.orders o on o.id = so.order_id
        where so.order_id = ? and so.shop_id = ?`,
      [orderId, shopId],
    );
    if (!row) return null;
    return {
      orderId: row.order_id,
      number: row.number,
      buyerId: row.buyer_id,
      shopId: row.shop_id,
      shopOrderId: row.id,
      status: row.status,
      total: Number(row.total),
      currency: row.currency,
      itemCount: Number(row.item_count),
      firstProductId: row.first_product_id,
      carrier: row.carrier,
      trackingNumber: row.tracking_number,
    };
  }
}
