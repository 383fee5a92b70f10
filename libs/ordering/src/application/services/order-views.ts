import { Injectable } from '@nestjs/common';
import { IsolationLevel } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Actor, assertOwnership, Page } from '@pasar/shared';
import { orderNotFound } from '../../domain/order/order.errors';
import { deriveOrderStatus } from '../../domain/order/order-status';
import { ShopOrderStatus } from '../../domain/shop-order/shop-order-status';
import {
  OrderItemView,
  OrderView,
  ShippingAddressView,
  ShopOrderView,
} from '../queries/get-order/order.view';
import { SellerShopOrderView } from '../queries/get-shop-order/seller-shop-order.view';

interface AddressColumns {
  shipping_recipient_name: string;
  shipping_line1: string;
  shipping_line2: string | null;
  shipping_city: string;
  shipping_region: string | null;
  shipping_postal_code: string;
  shipping_country_code: string;
  shipping_phone: string | null;
  payment_method: string;
}

interface BillingColumns {
  billing_recipient_name: string;
  billing_line1: string;
  billing_line2: string | null;
  billing_city: string;
  billing_region: string | null;
  billing_postal_code: string;
  billing_country_code: string;
  billing_phone: string | null;
}

interface OrderRow extends AddressColumns, BillingColumns {
  id: string;
  number: string;
  buyer_id: string;
  currency: string;
  subtotal: string;
  discount: string;
  shipping: string;
  total: string;
  promotion_id: string | null;
  promotion_code: string | null;
  expires_at: Date;
  placed_at: Date;
  paid_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

interface ShopOrderRow {
  id: string;
  order_id: string;
  shop_id: string;
  shop_name: string;
  buyer_id: string;
  status: ShopOrderStatus;
  currency: string;
  subtotal: string;
  discount: string;
  shipping: string;
  total: string;
  shipping_method_id: string | null;
  shipping_method_name: string | null;
  shipping_method_carrier: string | null;
  shipping_days_min: number | null;
  shipping_days_max: number | null;
  carrier: string | null;
  tracking_number: string | null;
  placed_at: Date;
  paid_at: Date | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
  completed_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  cancel_note: string | null;
}

interface ItemRow {
  id: string;
  shop_order_id: string;
  offer_id: string;
  product_id: string;
  variant_id: string;
  product_name: string;
  variant_title: string;
  sku: string;
  quantity: number;
  unit_price: string;
  line_total: string;
}

const ADDRESS_COLUMNS = `o.shipping_recipient_name, o.shipping_line1, o.shipping_line2, o.shipping_city,
  o.shipping_region, o.shipping_postal_code, o.shipping_country_code, o.shipping_phone, o.payment_method`;

const BILLING_COLUMNS = `o.billing_recipient_name, o.billing_line1, o.billing_line2, o.billing_city,
  o.billing_region, o.billing_postal_code, o.billing_country_code, o.billing_phone`;

const ORDER_COLUMNS = `o.id, o.number, o.buyer_id, o.currency, o.subtotal, o.discount, o.shipping, o.total, o.promotion_id,
  o.promotion_code, o.expires_at, o.placed_at, o.paid_at, o.cancelled_at, o.cancel_reason, ${ADDRESS_COLUMNS}, ${BILLING_COLUMNS}`;

const SHOP_ORDER_COLUMNS = `so.id, so.order_id, so.shop_id, so.shop_name, so.buyer_id, so.status, so.currency,
  so.subtotal, so.discount, so.shipping, so.total, so.shipping_method_id, so.shipping_method_name,
  so.shipping_method_carrier, so.shipping_days_min, so.shipping_days_max, so.carrier, so.tracking_number, so.placed_at, so.paid_at,
  so.shipped_at, so.delivered_at, so.completed_at, so.cancelled_at, so.cancel_reason, so.cancel_note`;

const iso = (date: Date | null) => (date === null ? null : new Date(date).toISOString());

/**
 * The read side of orders: SQL straight into the view shapes (no aggregates), shared by the
 * query handlers and by checkout's response. A few indexed queries per page, never one per row.
 */
@Injectable()
export class OrderViews {
  constructor(private readonly em: EntityManager) {}

  /**
   * The orders with these ids, in the order given; unknown ids are left out. The order rows and
   * their ShopOrders are read from one snapshot, so a change committing in between (an expiry)
   * never shows half: the derived status and the order's own fields always agree.
   */
  orders(ids: string[]): Promise<OrderView[]> {
    if (ids.length === 0) return Promise.resolve([]);
    if (this.em.isInTransaction()) return this.read(ids);
    return this.em.transactional(() => this.read(ids), {
      isolationLevel: IsolationLevel.REPEATABLE_READ,
    });
  }

  private async read(ids: string[]): Promise<OrderView[]> {
    const rows = await this.em.execute<OrderRow[]>(
      `select ${ORDER_COLUMNS} from ordering.orders o where o.id in (?)`,
      [ids],
    );
    const shopOrders = await this.shopOrdersOf(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids
      .map((id) => byId.get(id))
      .filter((row): row is OrderRow => row !== undefined)
      .map((row) =>
        toOrderView(
          row,
          shopOrders.filter((shopOrder) => shopOrder.orderId === row.id),
        ),
      );
  }

  /** One order its buyer (or an admin) may read; anyone else gets a 404. */
  async readableOrder(actor: Pick<Actor, 'id' | 'role'>, orderId: string): Promise<OrderView> {
    const [order] = await this.orders([orderId]);
    if (!order) throw orderNotFound(orderId);
    assertOwnership(actor, order.buyerId, () => orderNotFound(orderId));
    return order;
  }

  /** A buyer's orders, newest first. */
  async ordersOfBuyer(buyerId: string, limit: number, offset: number): Promise<Page<OrderView>> {
    const rows = await this.em.execute<{ id: string; total: string }[]>(
      `select o.id, count(*) over () as total from ordering.orders o
        where o.buyer_id = ? order by o.placed_at desc, o.id desc limit ? offset ?`,
      [buyerId, limit, offset],
    );
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : await this.count('select count(*) as n from ordering.orders where buyer_id = ?', [
            buyerId,
          ]);
    return { items: await this.orders(rows.map((row) => row.id)), total, limit, offset };
  }

  /** ShopOrders with what their seller needs to ship them. */
  async sellerShopOrders(ids: string[]): Promise<SellerShopOrderView[]> {
    if (ids.length === 0) return [];
    const rows = await this.em.execute<
      (ShopOrderRow & AddressColumns & { order_number: string })[]
    >(
      `select ${SHOP_ORDER_COLUMNS}, ${ADDRESS_COLUMNS}, so.order_number
         from ordering.shop_orders so join ordering.orders o on o.id = so.order_id
        where so.id in (?)`,
      [ids],
    );
    const items = await this.items(rows.map((row) => row.id));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids
      .map((id) => byId.get(id))
      .filter((row) => row !== undefined)
      .map((row) => ({
        ...toShopOrderView(row, items.get(row.id) ?? []),
        orderNumber: row.order_number,
        buyerId: row.buyer_id,
        shippingAddress: toAddressView(row),
        paymentMethod: row.payment_method,
      }));
  }

  /** A shop's ShopOrders, newest first, optionally of one status or of one order number. */
  async shopOrdersOfShop(
    shopId: string,
    status: ShopOrderStatus | undefined,
    limit: number,
    offset: number,
    orderNumber?: string,
  ): Promise<Page<SellerShopOrderView>> {
    const filters: string[] = [];
    const params: unknown[] = [shopId];
    if (status !== undefined) {
      filters.push('and so.status = ?');
      params.push(status);
    }
    if (orderNumber !== undefined) {
      filters.push('and so.order_number = ?');
      params.push(orderNumber);
    }
    const filter = filters.join(' ');
    const rows = await this.em.execute<{ id: string; total: string }[]>(
      `select so.id, count(*) over () as total from ordering.shop_orders so
        where so.shop_id = ? ${filter} order by so.placed_at desc, so.id desc limit ? offset ?`,
      [...params, limit, offset],
    );
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : await this.count(
            `select count(*) as n from ordering.shop_orders so where so.shop_id = ? ${filter}`,
            params,
          );
    return { items: await this.sellerShopOrders(rows.map((row) => row.id)), total, limit, offset };
  }

  private async shopOrdersOf(orderIds: string[]): Promise<ShopOrderView[]> {
    const rows = await this.em.execute<ShopOrderRow[]>(
      `select ${SHOP_ORDER_COLUMNS} from ordering.shop_orders so
        where so.order_id in (?) order by so.shop_name collate "C", so.id`,
      [orderIds],
    );
    const items = await this.items(rows.map((row) => row.id));
    return rows.map((row) => toShopOrderView(row, items.get(row.id) ?? []));
  }

  private async items(shopOrderIds: string[]): Promise<Map<string, OrderItemView[]>> {
    const byShopOrder = new Map<string, OrderItemView[]>();
    if (shopOrderIds.length === 0) return byShopOrder;
    const rows = await this.em.execute<ItemRow[]>(
      `select id, shop_order_id, offer_id, product_id, variant_id, product_name, variant_title, sku,
              quantity, unit_price, line_total
         from ordering.shop_order_items where shop_order_id in (?) order by shop_order_id, position`,
      [shopOrderIds],
    );
    for (const row of rows) {
      const list = byShopOrder.get(row.shop_order_id) ?? [];
      list.push({
        id: row.id,
        offerId: row.offer_id,
        productId: row.product_id,
        variantId: row.variant_id,
        productName: row.product_name,
        variantTitle: row.variant_title,
        sku: row.sku,
        quantity: row.quantity,
        unitPrice: Number(row.unit_price),
        lineTotal: Number(row.line_total),
      });
      byShopOrder.set(row.shop_order_id, list);
    }
    return byShopOrder;
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    const [row] = await this.em.execute<{ n: string }[]>(sql, params);
    return Number(row.n);
  }
}

function toOrderView(row: OrderRow, shopOrders: ShopOrderView[]): OrderView {
  return {
    id: row.id,
    number: row.number,
    buyerId: row.buyer_id,
    status: deriveOrderStatus(shopOrders.map((s) => s.status as ShopOrderStatus)),
    currency: row.currency,
    subtotal: Number(row.subtotal),
    discount: Number(row.discount),
    shipping: Number(row.shipping),
    total: Number(row.total),
    promotion:
      row.promotion_id === null ? null : { id: row.promotion_id, code: row.promotion_code ?? '' },
    shippingAddress: toAddressView(row),
    billingAddress: {
      recipientName: row.billing_recipient_name,
      line1: row.billing_line1,
      line2: row.billing_line2,
      city: row.billing_city,
      region: row.billing_region,
      postalCode: row.billing_postal_code,
      countryCode: row.billing_country_code,
      phone: row.billing_phone,
    },
    paymentMethod: row.payment_method,
    expiresAt: new Date(row.expires_at).toISOString(),
    placedAt: new Date(row.placed_at).toISOString(),
    paidAt: iso(row.paid_at),
    cancelledAt: iso(row.cancelled_at),
    cancelReason: row.cancel_reason,
    shopOrders,
  };
}

function toShopOrderView(row: ShopOrderRow, items: OrderItemView[]): ShopOrderView {
  return {
    id: row.id,
    orderId: row.order_id,
    shopId: row.shop_id,
    shopName: row.shop_name,
    status: row.status,
    currency: row.currency,
    subtotal: Number(row.subtotal),
    discount: Number(row.discount),
    shipping: Number(row.shipping),
    total: Number(row.total),
    shippingMethod:
      row.shipping_method_id === null
        ? null
        : {
            id: row.shipping_method_id,
            name: row.shipping_method_name ?? '',
            carrier: row.shipping_method_carrier ?? '',
            estimatedDaysMin: row.shipping_days_min ?? 0,
            estimatedDaysMax: row.shipping_days_max ?? 0,
          },
    items,
    carrier: row.carrier,
    trackingNumber: row.tracking_number,
    placedAt: new Date(row.placed_at).toISOString(),
    paidAt: iso(row.paid_at),
    shippedAt: iso(row.shipped_at),
    deliveredAt: iso(row.delivered_at),
    completedAt: iso(row.completed_at),
    cancelledAt: iso(row.cancelled_at),
    cancelReason: row.cancel_reason,
    cancelNote: row.cancel_note,
  };
}

function toAddressView(row: AddressColumns): ShippingAddressView {
  return {
    recipientName: row.shipping_recipient_name,
    line1: row.shipping_line1,
    line2: row.shipping_line2,
    city: row.shipping_city,
    region: row.shipping_region,
    postalCode: row.shipping_postal_code,
    countryCode: row.shipping_country_code,
    phone: row.shipping_phone,
  };
}
