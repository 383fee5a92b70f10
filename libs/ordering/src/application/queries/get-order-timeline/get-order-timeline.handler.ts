import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership } from '@pasar/shared';
import { orderNotFound } from '../../../domain/order/order.errors';
import { GetOrderTimelineQuery } from './get-order-timeline.query';
import { TimelineEntryView } from './timeline-entry.view';

interface EntryRow {
  occurred_at: Date;
  event: string;
  shop_order_id: string | null;
  shop_name: string | null;
  from_status: string | null;
  to_status: string | null;
  actor_id: string | null;
  actor_role: string;
  reason: string | null;
  note: string | null;
}

@QueryHandler(GetOrderTimelineQuery)
export class GetOrderTimelineHandler implements IQueryHandler<GetOrderTimelineQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, orderId }: GetOrderTimelineQuery): Promise<TimelineEntryView[]> {
    const [order] = await this.em.execute<{ buyer_id: string }[]>(
      'select buyer_id from ordering.orders where id = ?',
      [orderId],
    );
    if (!order) throw orderNotFound(orderId);
    assertOwnership(actor, order.buyer_id, () => orderNotFound(orderId));
    const rows = await this.em.execute<EntryRow[]>(
      `select t.occurred_at, t.event, t.shop_order_id, so.shop_name, t.from_status, t.to_status,
              t.actor_id, t.actor_role, t.reason, t.note
         from ordering.timeline_entries t
         left join ordering.shop_orders so on so.id = t.shop_order_id
        where t.order_id = ? order by t.position`,
      [orderId],
    );
    return rows.map((row) => ({
      occurredAt: new Date(row.occurred_at).toISOString(),
      event: row.event,
      shopOrderId: row.shop_order_id,
      shopName: row.shop_name,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      actor: { id: row.actor_id, role: row.actor_role },
      reason: row.reason,
      note: row.note,
    }));
  }
}
