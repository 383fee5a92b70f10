import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import {
  ConsumedEvents,
  ConsumedEventType,
  ORDER_CANCELLED,
  ORDER_PAID,
  ORDER_PLACED,
  REFUND_SUCCEEDED,
  SHOP_ORDER_CANCELLED,
  SHOP_ORDER_COMPLETED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_SHIPPED,
  SHOP_SAVED,
  STOCK_RESERVED,
} from '../../contracts/consumed-events';

type Apply<T extends ConsumedEventType> = (
  event: EventEnvelope<ConsumedEvents[T]>,
  em: EntityManager,
) => Promise<void>;

/**
 * Records the facts analytics is computed from (analytics.* tables); the figures themselves
 * are aggregated at query time. Every write is idempotent, so a replayed event changes nothing.
 */
@Injectable()
export class AnalyticsProjector {
  private readonly handlers: { [T in ConsumedEventType]: Apply<T> } = {
    [SHOP_SAVED]: ({ payload }, em) =>
      em
        .execute(
          `insert into analytics.shops (shop_id, owner_id) values (?, ?)
           on conflict (shop_id) do update set owner_id = excluded.owner_id`,
          [payload.shopId, payload.ownerId],
        )
        .then(() => undefined),
    [ORDER_PLACED]: (event, em) => this.orderPlaced(event, em),
    [ORDER_PAID]: (event, em) => this.orderPaid(event, em),
    [ORDER_CANCELLED]: ({ payload, occurredAt }, em) =>
      this.mustUpdate(
        em,
        `update analytics.shop_orders set cancelled_at = ?, cancel_reason = ?
          where order_id = ? and cancelled_at is null and paid_at is null`,
        [occurredAt, payload.reason, payload.orderId],
        `order ${payload.orderId}`,
        `select 1 from analytics.shop_orders where order_id = ?`,
        [payload.orderId],
      ),
    [SHOP_ORDER_SHIPPED]: (event, em) => this.status(event, em),
    [SHOP_ORDER_DELIVERED]: (event, em) => this.status(event, em),
    [SHOP_ORDER_COMPLETED]: (event, em) => this.status(event, em),
    [SHOP_ORDER_CANCELLED]: ({ payload, occurredAt }, em) =>
      this.mustUpdate(
        em,
        `update analytics.shop_orders set status = 'cancelled',
                cancelled_at = coalesce(cancelled_at, ?), cancel_reason = coalesce(cancel_reason, ?)
          where shop_order_id = ?`,
        [occurredAt, payload.reason ?? null, payload.shopOrderId],
        `shop order ${payload.shopOrderId}`,
      ),
    [STOCK_RESERVED]: async ({ payload }, em) => {
      for (const line of payload.lines) {
        for (const allocation of line.allocations) {
          await em.execute(
            `insert into analytics.allocations (reference, shop_id, variant_id, warehouse_id, quantity)
             values (?, ?, ?, ?, ?) on conflict do nothing`,
            [
              payload.reference,
              line.shopId,
              line.variantId,
              allocation.warehouseId,
              allocation.quantity,
            ],
          );
        }
      }
    },
    [REFUND_SUCCEEDED]: ({ payload, occurredAt }, em) =>
      em
        .execute(
          `insert into analytics.refunds (refund_id, order_id, reference, amount, refunded_at)
           values (?, ?, ?, ?, ?) on conflict do nothing`,
          [payload.refundId, payload.orderId, payload.reference, payload.amount, occurredAt],
        )
        .then(() => undefined),
  };

  /** Events of other types are not part of the read model and are ignored. */
  async apply(event: EventEnvelope, em: EntityManager): Promise<void> {
    const handler = this.handlers[event.type as ConsumedEventType] as Apply<ConsumedEventType>;
    if (handler) await handler(event as EventEnvelope<never>, em);
  }

  private async orderPlaced(
    { payload, occurredAt }: EventEnvelope<ConsumedEvents[typeof ORDER_PLACED]>,
    em: EntityManager,
  ): Promise<void> {
    for (const shopOrder of payload.shopOrders) {
      const units = shopOrder.items.reduce((sum, item) => sum + item.quantity, 0);
      await em.execute(
        `insert into analytics.shop_orders
           (shop_order_id, order_id, shop_id, buyer_id, placed_at, total, units, status)
         values (?, ?, ?, ?, ?, ?, ?, 'pending_payment') on conflict do nothing`,
        [
          shopOrder.shopOrderId,
          payload.orderId,
          shopOrder.shopId,
          payload.buyerId,
          occurredAt,
          shopOrder.total,
          units,
        ],
      );
      for (const item of shopOrder.items) {
        await em.execute(
          `insert into analytics.order_items
             (item_id, shop_order_id, product_id, variant_id, quantity, unit_price)
           values (?, ?, ?, ?, ?, ?) on conflict do nothing`,
          [
            item.itemId,
            shopOrder.shopOrderId,
            item.productId,
            item.variantId,
            item.quantity,
            item.unitPrice,
          ],
        );
      }
    }
  }

  private async orderPaid(
    { payload, occurredAt }: EventEnvelope<ConsumedEvents[typeof ORDER_PAID]>,
    em: EntityManager,
  ): Promise<void> {
    for (const shopOrderId of payload.shopOrderIds) {
      await this.mustUpdate(
        em,
        `update analytics.shop_orders
            set paid_at = coalesce(paid_at, ?),
                status = case when status = 'pending_payment' then 'paid' else status end
          where shop_order_id = ?`,
        [occurredAt, shopOrderId],
        `shop order ${shopOrderId}`,
      );
    }
  }

  private status(
    { payload }: EventEnvelope<ConsumedEvents[typeof SHOP_ORDER_SHIPPED]>,
    em: EntityManager,
  ): Promise<void> {
    return this.mustUpdate(
      em,
      `update analytics.shop_orders set status = ? where shop_order_id = ? and status <> 'cancelled'`,
      [payload.status, payload.shopOrderId],
      `shop order ${payload.shopOrderId}`,
      `select 1 from analytics.shop_orders where shop_order_id = ?`,
      [payload.shopOrderId],
    );
  }

  /**
   * An update whose row is not there yet means the event overtook `order-placed` (consumers run
   * concurrently): throwing makes the queue retry it later instead of losing it.
   */
  private async mustUpdate(
    em: EntityManager,
    sql: string,
    params: unknown[],
    what: string,
    existsSql?: string,
    existsParams?: unknown[],
  ): Promise<void> {
    const result = (await em.execute(sql, params, 'run')) as unknown as { affectedRows: number };
    if (result.affectedRows > 0) return;
    if (existsSql && (await em.execute(existsSql, existsParams)).length > 0) return;
    throw new Error(`analytics: ${what} is not projected yet; retry after order-placed`);
  }
}
