import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetOrderHeadersQuery, OrderHeader } from '@pasar/ordering';
import { Actor, Page } from '@pasar/shared';
import { MESSAGE_COLUMNS, MessageRow, toMessageView } from './message.view';
import { RoomOrderView, RoomView } from './room.view';

interface RoomRow {
  id: string;
  buyer_id: string;
  shop_id: string;
  shop_name: string;
  order_id: string | null;
  created_at: Date;
  unread: string;
  last_message: MessageRow | null;
  total: string;
}

// Rooms with their newest message (one index lookup each) and the caller's unread count:
// the others' messages after the caller's read marker. Binds the caller's id twice.
const ROOM_COLUMNS = `
  r.id, r.buyer_id, r.shop_id, r.shop_name, r.order_id, r.created_at,
  to_jsonb(m) as last_message,
  (select count(*) from chat.messages u
    where u.room_id = r.id and u.sender_id <> ?
      and (rm.last_read_message_at is null
           or (u.created_at, u.id) > (rm.last_read_message_at, rm.last_read_message_id))) as unread
  from chat.rooms r
  left join lateral (
    select ${MESSAGE_COLUMNS}
    from chat.messages where room_id = r.id order by created_at desc, id desc limit 1
  ) m on true
  left join chat.read_markers rm on rm.room_id = r.id and rm.user_id = ?`;

/** Reads rooms as RoomViews for one caller (their unread count; admins read without a marker). */
@Injectable()
export class RoomViews {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: QueryBus,
  ) {}

  async one(actor: Pick<Actor, 'id' | 'role'>, roomId: string): Promise<RoomView | null> {
    const rows = await this.em
      .getConnection()
      .execute<RoomRow[]>(`select 1 as total, ${ROOM_COLUMNS} where r.id = ?`, [
        actor.id,
        actor.id,
        roomId,
      ]);
    if (!rows[0]) return null;
    const [view] = await this.withOrders(actor, rows);
    return view;
  }

  /** The caller's rooms (buyer: theirs; seller: their shops'; admin: all), latest activity first. */
  async page(
    actor: Pick<Actor, 'id' | 'role'>,
    limit: number,
    offset: number,
  ): Promise<Page<RoomView>> {
    const filter =
      actor.role === 'buyer'
        ? 'r.buyer_id = ?'
        : actor.role === 'seller'
          ? 'r.seller_id = ?'
          : '?::uuid is not null';
    const sql = `select count(*) over () as total, ${ROOM_COLUMNS}
      where ${filter}
      order by coalesce(m.created_at, r.created_at) desc, r.id desc
      limit ? offset ?`;
    const rows = await this.em
      .getConnection()
      .execute<RoomRow[]>(sql, [actor.id, actor.id, actor.id, limit, offset]);
    const total = rows[0] ? Number(rows[0].total) : await this.count(actor, filter);
    return { items: await this.withOrders(actor, rows), total, limit, offset };
  }

  private async count(actor: Pick<Actor, 'id'>, filter: string): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<{ total: string }[]>(`select count(*) as total from chat.rooms r where ${filter}`, [
        actor.id,
      ]);
    return Number(row.total);
  }

  /** The rooms' views with their order headers (one query for all the rooms' orders). */
  private async withOrders(actor: Pick<Actor, 'role'>, rows: RoomRow[]): Promise<RoomView[]> {
    const refs = rows
      .filter((row) => row.order_id !== null)
      .map((row) => ({ orderId: row.order_id!, shopId: row.shop_id }));
    const headers: OrderHeader[] =
      refs.length === 0 ? [] : await this.queries.execute(new GetOrderHeadersQuery(refs));
    return rows.map((row) => {
      const header = headers.find((h) => h.orderId === row.order_id && h.shopId === row.shop_id);
      return this.toView(actor, row, header ? toOrderView(header) : null);
    });
  }

  private toView(actor: Pick<Actor, 'role'>, row: RoomRow, order: RoomOrderView | null): RoomView {
    return {
      id: row.id,
      buyerId: row.buyer_id,
      shopId: row.shop_id,
      shopName: row.shop_name,
      orderId: row.order_id,
      order,
      createdAt: new Date(row.created_at).toISOString(),
      lastMessage: row.last_message ? toMessageView(row.last_message) : null,
      unreadCount: actor.role === 'admin' ? 0 : Number(row.unread),
    };
  }
}

function toOrderView(header: OrderHeader): RoomOrderView {
  return {
    id: header.orderId,
    number: header.number,
    status: header.status,
    shopOrderId: header.shopOrderId,
    shopOrderStatus: header.shopOrderStatus,
  };
}
