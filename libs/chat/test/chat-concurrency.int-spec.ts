import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { OrderParties } from '@pasar/ordering';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import {
  CHAT_MESSAGE_POSTED,
  ChatCoreModule,
  ChatMessagePostedPayload,
  MarkReadCommand,
  MessageView,
  OpenRoomCommand,
  PostMessageCommand,
} from '@pasar/chat';
import { Message } from '../src/domain/message/message.aggregate';
import { MessageRepository } from '../src/domain/message/message.repository';
import { ChatRoom } from '../src/domain/room/chat-room.aggregate';
import { stubParties } from './stub-parties';

const sellerId = randomUUID();
const shopId = randomUUID();

const orders = new Map<string, OrderParties>();

const buyer = () => ({ id: randomUUID(), role: 'buyer' as const });
const seller = { id: sellerId, role: 'seller' as const };

describe('chat under concurrency (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [ChatCoreModule],
      providers: stubParties(sellerId, { shopId, orders }),
    });
    sql = context.sql;
  });
  afterAll(() => context.close());

  const open = (actor: { id: string; role: 'buyer' }, orderId: string | null = null) =>
    context.run<{ roomId: string; created: boolean }>(new OpenRoomCommand(actor, shopId, orderId));

  it('opens one room when the same buyer opens it 20 times at once', async () => {
    const ana = buyer();
    const results = await Promise.all(Array.from({ length: 20 }, () => open(ana)));
    const ids = new Set(results.map((r) => r.roomId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [row] = await sql.execute(
      `select count(*)::int as n from chat.rooms where buyer_id = ?`,
      [ana.id],
    );
    expect(row.n).toBe(1);
  });

  it('keeps one room per order beside the room without order, also under concurrency', async () => {
    const ana = buyer();
    const orderId = randomUUID();
    orders.set(orderId, { orderId, buyerId: ana.id, shopIds: [shopId] });
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => open(ana, orderId)),
      ...Array.from({ length: 10 }, () => open(ana)),
    ]);
    expect(new Set(results.slice(0, 10).map((r) => r.roomId)).size).toBe(1);
    expect(new Set(results.slice(10).map((r) => r.roomId)).size).toBe(1);
    expect(results[0].roomId).not.toBe(results[10].roomId);
    await expect(open(buyer(), orderId)).rejects.toMatchObject({ code: 'CHAT.ORDER_NOT_FOUND' });
  });

  it('stores one message and one event when a send is repeated 20 times at once', async () => {
    const ana = buyer();
    const { roomId } = await open(ana);
    const clientMessageId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        context.run<{ message: MessageView; created: boolean }>(
          new PostMessageCommand(ana, roomId, clientMessageId, 'sekali saja'),
        ),
      ),
    );
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [messages] = await sql.execute(
      `select count(*)::int as n from chat.messages where room_id = ?`,
      [roomId],
    );
    expect(messages.n).toBe(1);
    const events = await sql.execute<{ payload: ChatMessagePostedPayload }[]>(
      `select payload from shared.outbox where type = ? and payload->>'roomId' = ?`,
      [CHAT_MESSAGE_POSTED, roomId],
    );
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({
      messageId: results[0].message.id,
      buyerId: ana.id,
      senderId: ana.id,
      senderName: 'Ana',
      text: 'sekali saja',
      recipients: [{ userId: sellerId, online: false }],
    });
  });

  it('keeps one read cursor when receipts race, at the highest seq; senders have read their own', async () => {
    const ana = buyer();
    const { roomId } = await open(ana);
    for (let i = 0; i < 5; i++) {
      await context.run(new PostMessageCommand(ana, roomId, randomUUID(), `m${i}`));
    }
    await Promise.all(
      [3, 1, 5, 2, 4, 5, 9].map((seq) => context.run(new MarkReadCommand(seller, roomId, { seq }))),
    );
    const markers = await sql.execute(
      `select user_id, last_read_seq from chat.read_markers where room_id = ? order by user_id`,
      [roomId],
    );
    // Never past the room's last message (9 → 5), never back (3 after 5).
    expect(markers).toEqual(
      [
        { user_id: ana.id, last_read_seq: 5 },
        { user_id: sellerId, last_read_seq: 5 },
      ].sort((a, b) => a.user_id.localeCompare(b.user_id)),
    );
  });

  it('numbers a room 1…n without gap or repeat when transactions write it at once', async () => {
    const ana = buyer();
    const { roomId } = await open(ana);
    const messages = context.module.get(MessageRepository);
    const room = (await context.orm.em.fork().findOne(ChatRoom, roomId))!;
    const group = (g: number) =>
      Array.from({ length: 3 }, (_, i) =>
        Message.post({
          room,
          sender: ana,
          senderName: 'Ana',
          clientMessageId: `g${g}-${i}`,
          text: `group ${g} message ${i}`,
          maxLength: 100,
          recipientOnline: () => false,
          now: new Date(),
        }),
      );
    const groups = Array.from({ length: 20 }, (_, g) => group(g));
    await Promise.all(groups.map((g) => messages.addAll(g)));

    const rows = await sql.execute<{ seq: number; client_message_id: string }[]>(
      `select seq, client_message_id from chat.messages where room_id = ? order by seq`,
      [roomId],
    );
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const g of groups) {
      // A group's messages are consecutive, in the order they were given.
      expect(g.map((m) => m.seq - g[0].seq)).toEqual([0, 1, 2]);
    }
    const [roomRow] = await sql.execute(`select last_seq from chat.rooms where id = ?`, [roomId]);
    expect(roomRow.last_seq).toBe(60);
    const events = await sql.execute<{ payload: ChatMessagePostedPayload }[]>(
      `select payload from shared.outbox where type = ? and payload->>'roomId' = ?`,
      [CHAT_MESSAGE_POSTED, roomId],
    );
    expect(events.map((e) => e.payload.seq).sort((a, b) => a - b)).toEqual(rows.map((r) => r.seq));
  });

  it('numbers groups spanning several rooms at once without deadlock or gap', async () => {
    const buyers = [buyer(), buyer(), buyer()];
    const roomIds = await Promise.all(buyers.map(async (b) => (await open(b)).roomId));
    const rooms = await Promise.all(
      roomIds.map(async (id) => (await context.orm.em.fork().findOne(ChatRoom, id))!),
    );
    const messages = context.module.get(MessageRepository);
    const group = (g: number) =>
      // Each group writes in all three rooms, in an order of its own.
      [0, 1, 2]
        .map((i) => (i + g) % 3)
        .map((r) =>
          Message.post({
            room: rooms[r],
            sender: buyers[r],
            senderName: 'Ana',
            clientMessageId: `multi-${g}-${r}`,
            text: `group ${g}`,
            maxLength: 100,
            recipientOnline: () => false,
            now: new Date(),
          }),
        );
    await Promise.all(Array.from({ length: 20 }, (_, g) => messages.addAll(group(g))));
    for (const roomId of roomIds) {
      const rows = await sql.execute<{ seq: number }[]>(
        'select seq from chat.messages where room_id = ? order by seq',
        [roomId],
      );
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });
});
