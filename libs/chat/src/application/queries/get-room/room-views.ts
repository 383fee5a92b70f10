import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetOrderHeadersQuery, OrderHeader } from '@pasar/ordering';
import { Actor, Page } from '@pasar/shared';
import { HoldSource } from '../../../domain/room/chat-room.aggregate';
import { MessageRow, toMessageView } from './message.view';
import { RoomHoldView, RoomOrderView, RoomView } from './room.view';

interface RoomRow {
  id: string;
  buyer_id: string;
  shop_id: string;
  shop_name: string;
  order_id: string | null;
  created_at: Date;
  last_seq: number;
  last_read_seq: number;
  closed_at: Date | null;
  purged_at: Date | null;
  hold_reason: string | null;
  hold_source: HoldSource | null;
  held_at: Date | null;
  last_message: MessageRow | null;
  total: string;
}

// Rooms with their newest message (the one numbered last_seq: one index lookup each) and the
// caller's read cursor; unread is the difference. Binds the caller's id once.
const ROOM_COLUMNS = `
  r.id, r.buyer_id, r.shop_id, r.shop_name, r.order_id, r.created_at, r.last_seq,
  r.closed_at, r.purged_at, r.hold_reason, r.hold_source, r.held_at,
  coalesce(rm.last_read_seq, 0) as last_read_seq,
  to_jsonb(m) as last_message
  from chat.rooms r
  left join chat.messages m on m.room_id = r.id and m.seq = r.last_seq
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
      .execute<RoomRow[]>(`select 1 as total, ${ROOM_COLUMNS} where r.id = ?`, [actor.id, roomId]);
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
      .execute<RoomRow[]>(sql, [actor.id, actor.id, limit, offset]);
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
      lastMessage: row.last_message ? toMessageView(row.last_message, actor) : null,
      lastSeq: row.last_seq,
      lastReadSeq: row.last_read_seq,
      unreadCount: actor.role === 'admin' ? 0 : Math.max(row.last_seq - row.last_read_seq, 0),
      closedAt: iso(row.closed_at),
      purgedAt: iso(row.purged_at),
      hold: actor.role === 'admin' ? toHoldView(row) : null,
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

const iso = (at: Date | null) => (at === null ? null : new Date(at).toISOString());

function toHoldView(row: RoomRow): RoomHoldView | null {
  if (row.held_at === null) return null;
  return { reason: row.hold_reason!, source: row.hold_source!, heldAt: iso(row.held_at)! };
}
