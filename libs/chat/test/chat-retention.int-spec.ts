import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import {
  ChatCoreModule,
  CloseIdleRoomsCommand,
  CloseOrderRoomsCommand,
  PostMessageCommand,
  PurgeClosedRoomsCommand,
  SetOrderRoomsHoldCommand,
} from '@pasar/chat';
import { StubUsers } from './stub-parties';

const DAY_MS = 86_400_000;
const now = new Date('2027-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

interface RoomState {
  id: string;
  buyer_id: string;
  closed_at: Date | null;
  purged_at: Date | null;
  hold_reason: string | null;
  hold_source: string | null;
  messages: number;
  markers: number;
  read_to_end: number;
}

describe('chat retention (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [ChatCoreModule],
      providers: [StubUsers],
    });
    sql = context.sql;
  });
  afterAll(() => context.close());

  /** Starts each case from no rooms: the purge and idle close act on every room there is. */
  beforeEach(async () => {
    await sql.execute('truncate chat.rooms, chat.messages, chat.read_markers');
  });

  /** A room as retention left it at chosen times, with `messages` messages and a read marker. */
  async function room(
    state: {
      createdAt?: Date;
      closedAt?: Date | null;
      heldAt?: Date | null;
      purgedAt?: Date | null;
      orderId?: string | null;
      shopId?: string;
      messages?: number;
      lastMessageAt?: Date;
    } = {},
  ): Promise<string> {
    const id = randomUUID();
    const buyerId = randomUUID();
    const createdAt = state.createdAt ?? daysAgo(800);
    await sql.execute(
      `insert into chat.rooms (id, buyer_id, shop_id, seller_id, shop_name, order_id, created_at,
                               closed_at, held_at, hold_reason, hold_source, purged_at)
       values (?, ?, ?, ?, 'Toko', ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        buyerId,
        state.shopId ?? randomUUID(),
        randomUUID(),
        state.orderId ?? null,
        createdAt,
        state.closedAt ?? null,
        state.heldAt ?? null,
        state.heldAt ? 'Legal request' : null,
        state.heldAt ? 'admin' : null,
        state.purgedAt ?? null,
      ],
    );
    const count = state.messages ?? 2;
    const last = state.lastMessageAt ?? createdAt;
    for (let i = 0; i < count; i++) {
      const messageId = randomUUID();
      const at = new Date(last.getTime() - (count - 1 - i) * 60_000);
      await sql.execute(
        `insert into chat.messages (id, room_id, seq, sender_id, sender_role, client_message_id, text, created_at)
         values (?, ?, ?, ?, 'buyer', ?, 'halo', ?)`,
        [messageId, id, i + 1, buyerId, randomUUID(), at],
      );
      if (i === count - 1) {
        await sql.execute(`update chat.rooms set last_seq = ? where id = ?`, [count, id]);
        await sql.execute(
          `insert into chat.read_markers (room_id, user_id, last_read_seq, last_read_at)
           values (?, ?, ?, ?)`,
          [id, buyerId, count, at],
        );
      }
    }
    return id;
  }

  const states = async (): Promise<Map<string, RoomState>> => {
    const rows = await sql.execute<RoomState[]>(
      `select r.id, r.buyer_id, r.closed_at, r.purged_at, r.hold_reason, r.hold_source,
              (select count(*)::int from chat.messages m where m.room_id = r.id) as messages,
              (select count(*)::int from chat.read_markers k where k.room_id = r.id) as markers,
              (select count(*)::int from chat.read_markers k
                where k.room_id = r.id and k.last_read_seq = r.last_seq) as read_to_end
         from chat.rooms r`,
    );
    const date = (at: Date | null) => (at === null ? null : new Date(at));
    return new Map(
      rows.map((row) => [
        row.id,
        { ...row, closed_at: date(row.closed_at), purged_at: date(row.purged_at) },
      ]),
    );
  };

  const purge = (at = now) => context.run<number>(new PurgeClosedRoomsCommand(at));

  it('purges exactly the rooms closed for longer than the retention period and not on hold', async () => {
    const due = await room({ closedAt: daysAgo(366), messages: 3 });
    const longAgo = await room({ closedAt: daysAgo(2000) });
    const young = await room({ closedAt: daysAgo(364) });
    const held = await room({ closedAt: daysAgo(900), heldAt: daysAgo(800) });
    const open = await room({ closedAt: null, createdAt: daysAgo(3000) });
    const purgedBefore = await room({
      closedAt: daysAgo(700),
      purgedAt: daysAgo(300),
      messages: 0,
    });

    expect(await purge()).toBe(2);

    const after = await states();
    for (const id of [due, longAgo]) {
      // Both participants' cursors stand at the last seq: nothing unread in an emptied room.
      expect(after.get(id)).toMatchObject({
        messages: 0,
        markers: 2,
        read_to_end: 2,
        purged_at: now,
      });
    }
    for (const id of [young, held, open]) {
      expect(after.get(id)).toMatchObject({ messages: 2, markers: 1, purged_at: null });
    }
    expect(after.get(purgedBefore)!.purged_at).toEqual(daysAgo(300));
    // The rooms themselves stay, as empty shells.
    expect(after.size).toBe(6);
    expect(await purge()).toBe(0);
  });

  it('purges in batches until none is due', async () => {
    const ids = [];
    for (let i = 0; i < 130; i++) ids.push(await room({ closedAt: daysAgo(400), messages: 1 }));
    expect(await purge()).toBe(130);
    const [left] = await sql.execute<{ n: number }[]>(
      'select count(*)::int as n from chat.messages where room_id in (?)',
      [ids],
    );
    expect(left.n).toBe(0);
  });

  it('skips a room another transaction holds instead of waiting, and purges it next time', async () => {
    const busy = await room({ closedAt: daysAgo(400) });
    const free = await room({ closedAt: daysAgo(400) });
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = (context.orm.em.fork() as EntityManager).transactional(async (tx) => {
      await tx.execute('select id from chat.rooms where id = ? for update', [busy]);
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    expect(await purge()).toBe(1);
    expect((await states()).get(busy)).toMatchObject({ messages: 2, purged_at: null });
    expect((await states()).get(free)).toMatchObject({ messages: 0 });
    release();
    await holder;
    expect(await purge()).toBe(1);
    expect((await states()).get(busy)).toMatchObject({ messages: 0 });
  });

  it('reopens a closed room on the next message, also a purged one, which can then be purged again', async () => {
    const id = await room({ closedAt: daysAgo(400) });
    await purge();
    const { buyer_id: buyerId } = (await states()).get(id)!;
    await context.run(
      new PostMessageCommand({ id: buyerId, role: 'buyer' }, id, randomUUID(), 'masih ada?'),
    );
    expect((await states()).get(id)).toMatchObject({
      closed_at: null,
      purged_at: null,
      messages: 1,
    });
    await sql.execute('update chat.rooms set closed_at = ? where id = ?', [daysAgo(400), id]);
    expect(await purge()).toBe(1);
    expect((await states()).get(id)).toMatchObject({ messages: 0 });
  });

  it('closes rooms idle for the configured days, and only those', async () => {
    const idle = await room({ lastMessageAt: daysAgo(181) });
    const active = await room({ lastMessageAt: daysAgo(10) });
    const silentButNew = await room({ createdAt: daysAgo(30), messages: 0 });
    const silentAndOld = await room({ createdAt: daysAgo(200), messages: 0 });
    const alreadyClosed = await room({ closedAt: daysAgo(50) });

    expect(await context.run(new CloseIdleRoomsCommand(now))).toBe(2);

    const after = await states();
    expect(after.get(idle)!.closed_at).toEqual(now);
    expect(after.get(silentAndOld)!.closed_at).toEqual(now);
    expect(after.get(active)!.closed_at).toBeNull();
    expect(after.get(silentButNew)!.closed_at).toBeNull();
    expect(after.get(alreadyClosed)!.closed_at).toEqual(daysAgo(50));
  });

  it('closes an order’s rooms with one shop, or all of them, keeping earlier closings', async () => {
    const orderId = randomUUID();
    const shopA = randomUUID();
    const roomA = await room({ orderId, shopId: shopA, createdAt: daysAgo(5) });
    const roomB = await room({ orderId, createdAt: daysAgo(5) });
    const other = await room({ orderId: randomUUID(), shopId: shopA, createdAt: daysAgo(5) });

    expect(await context.run(new CloseOrderRoomsCommand(orderId, shopA, daysAgo(1)))).toBe(1);
    expect(await context.run(new CloseOrderRoomsCommand(orderId, shopA, now))).toBe(0);
    expect(await context.run(new CloseOrderRoomsCommand(orderId, null, now))).toBe(1);

    const after = await states();
    expect(after.get(roomA)!.closed_at).toEqual(daysAgo(1));
    expect(after.get(roomB)!.closed_at).toEqual(now);
    expect(after.get(other)!.closed_at).toBeNull();
  });

  it('keeps the rooms of a disputed order from retention until the dispute closes', async () => {
    const orderId = randomUUID();
    const disputed = await room({ orderId, closedAt: daysAgo(400) });
    const adminHeld = await room({ orderId, closedAt: daysAgo(400), heldAt: daysAgo(500) });

    await context.run(new SetOrderRoomsHoldCommand(orderId, 'Payment dispute dp_1', now));
    expect(await purge()).toBe(0);
    expect((await states()).get(disputed)).toMatchObject({
      hold_source: 'dispute',
      hold_reason: 'Payment dispute dp_1',
    });

    await context.run(new SetOrderRoomsHoldCommand(orderId, null, now));
    expect(await purge()).toBe(1);
    const after = await states();
    expect(after.get(disputed)).toMatchObject({ hold_source: null, messages: 0 });
    expect(after.get(adminHeld)).toMatchObject({ hold_source: 'admin', messages: 2 });
  });
});
