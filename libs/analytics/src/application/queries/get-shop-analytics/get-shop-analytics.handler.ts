import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership, NotFoundError } from '@pasar/shared';
import { EXPIRY_REASON } from '../../../contracts/consumed-events';
import { IN_RANGE, ratio, REFUNDED, SOLD } from '../analytics-range';
import { GetShopAnalyticsQuery } from './get-shop-analytics.query';
import { ShopAnalyticsView } from './shop-analytics.view';

const shopNotFound = (id: string) => new NotFoundError('ANALYTICS.SHOP_NOT_FOUND', 'Shop', id);

interface DayRow {
  date: string;
  orders: string;
  paid: string;
  cancelled: string;
  expired: string;
  gross: string;
  refunds: string;
}

@QueryHandler(GetShopAnalyticsQuery)
export class GetShopAnalyticsHandler implements IQueryHandler<GetShopAnalyticsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, shopId, range }: GetShopAnalyticsQuery): Promise<ShopAnalyticsView> {
    const [shop] = await this.em.execute<{ owner_id: string }[]>(
      `select owner_id from analytics.shops where shop_id = ?`,
      [shopId],
    );
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.owner_id, () => shopNotFound(shopId));

    const params = [shopId, range.from, range.to];
    const days = await this.em.execute<DayRow[]>(
      `select to_char((s.placed_at at time zone 'UTC')::date, 'YYYY-MM-DD') as date,
              count(*) as orders,
              count(*) filter (where s.paid_at is not null) as paid,
              count(*) filter (where s.cancelled_at is not null
                and s.cancel_reason is distinct from '${EXPIRY_REASON}') as cancelled,
              count(*) filter (where s.cancel_reason = '${EXPIRY_REASON}') as expired,
              coalesce(sum(s.total) filter (where s.paid_at is not null), 0) as gross,
              coalesce(sum(${REFUNDED}) filter (where s.paid_at is not null), 0) as refunds
         from analytics.shop_orders s
        where s.shop_id = ? and ${IN_RANGE}
        group by 1 order by 1`,
      params,
    );
    const products = await this.em.execute<{ product_id: string; units: string }[]>(
      `select i.product_id, sum(i.quantity) as units
         from analytics.shop_orders s join analytics.order_items i using (shop_order_id)
        where s.shop_id = ? and ${IN_RANGE} and ${SOLD}
        group by i.product_id order by units desc, i.product_id`,
      params,
    );
    const warehouses = await this.em.execute<{ warehouse_id: string; units: string }[]>(
      `select a.warehouse_id, sum(a.quantity) as units
         from analytics.shop_orders s
         join analytics.allocations a on a.reference = s.order_id::text and a.shop_id = s.shop_id
        where s.shop_id = ? and ${IN_RANGE} and ${SOLD}
        group by a.warehouse_id order by units desc, a.warehouse_id`,
      params,
    );

    const sum = (pick: (row: DayRow) => string) =>
      days.reduce((total, row) => total + Number(pick(row)), 0);
    const orders = sum((d) => d.orders);
    const paidOrders = sum((d) => d.paid);
    const grossSales = sum((d) => d.gross);
    const refunds = sum((d) => d.refunds);
    const cancelledOrders = sum((d) => d.cancelled);
    const expiredOrders = sum((d) => d.expired);
    return {
      shopId,
      from: range.from,
      to: range.to,
      orders,
      paidOrders,
      cancelledOrders,
      expiredOrders,
      grossSales,
      refunds,
      revenue: grossSales - refunds,
      averageOrderValue: paidOrders === 0 ? 0 : Math.round(grossSales / paidOrders),
      cancellationRate: ratio(cancelledOrders, orders),
      expiryRate: ratio(expiredOrders, orders),
      days: days.map((d) => ({
        date: d.date,
        orders: Number(d.orders),
        paidOrders: Number(d.paid),
        revenue: Number(d.gross) - Number(d.refunds),
      })),
      products: products.map((p) => ({ productId: p.product_id, units: Number(p.units) })),
      warehouses: warehouses.map((w) => ({ warehouseId: w.warehouse_id, units: Number(w.units) })),
    };
  }
}
