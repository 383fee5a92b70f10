import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { IN_RANGE, REFUNDED } from '../analytics-range';
import { GetPlatformAnalyticsQuery } from './get-platform-analytics.query';
import { PlatformAnalyticsView } from './platform-analytics.view';

const TOP_SHOPS = 10;

@QueryHandler(GetPlatformAnalyticsQuery)
export class GetPlatformAnalyticsHandler implements IQueryHandler<GetPlatformAnalyticsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ range }: GetPlatformAnalyticsQuery): Promise<PlatformAnalyticsView> {
    const params = [range.from, range.to];
    const [totals] = await this.em.execute<Record<string, string>[]>(
      `select coalesce(sum(s.total) filter (where s.paid_at is not null), 0) as gmv,
              coalesce(sum(${REFUNDED}) filter (where s.paid_at is not null), 0) as refunds,
              count(distinct s.order_id) as orders,
              count(distinct s.order_id) filter (where s.paid_at is not null) as paid_orders,
              count(distinct s.buyer_id) filter (where s.paid_at is not null) as buyers,
              count(distinct s.shop_id) filter (where s.paid_at is not null) as shops
         from analytics.shop_orders s where ${IN_RANGE}`,
      params,
    );
    const top = await this.em.execute<{ shop_id: string; revenue: string; paid: string }[]>(
      `select s.shop_id, sum(s.total - ${REFUNDED}) as revenue, count(*) as paid
         from analytics.shop_orders s
        where ${IN_RANGE} and s.paid_at is not null
        group by s.shop_id order by revenue desc, s.shop_id limit ${TOP_SHOPS}`,
      params,
    );
    const gmv = Number(totals.gmv);
    const refunds = Number(totals.refunds);
    return {
      from: range.from,
      to: range.to,
      gmv,
      refunds,
      revenue: gmv - refunds,
      orders: Number(totals.orders),
      paidOrders: Number(totals.paid_orders),
      activeBuyers: Number(totals.buyers),
      activeSellers: Number(totals.shops),
      topShops: top.map((t) => ({
        shopId: t.shop_id,
        revenue: Number(t.revenue),
        paidOrders: Number(t.paid),
      })),
    };
  }
}
