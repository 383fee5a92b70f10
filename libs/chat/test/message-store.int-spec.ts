import { randomUUID } from 'node:crypto';
import { ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { CHAT_MESSAGE_POSTED, ChatCoreModule, OpenRoomCommand } from '@pasar/chat';
import { CONTACT_MASK, screenContacts } from '../src/domain/contact-filter/contact-detector';
import { ProductCard } from '../src/domain/message/message-card';
import { Message } from '../src/domain/message/message.aggregate';
import { MessageRepository } from '../src/domain/message/message.repository';
import { ChatRoom } from '../src/domain/room/chat-room.aggregate';
import { stubParties } from './stub-parties';

const sellerId = randomUUID();
const shopId = randomUUID();
const product: ProductCard = {
  kind: 'product',
  productId: randomUUID(),
  offerId: randomUUID(),
  variantId: randomUUID(),
  name: 'Kaos Polos',
  variantLabel: 'L / Red',
  price: { amount: 10_000, currency: 'IDR' },
  imageUrl: null,
  productStatus: 'active',
  offerActive: true,
};

/** MessageRepository.addAll: one call of chat.store_messages for a group (Postgres). */
describe('the message store (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  let messages: MessageRepository;

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [ChatCoreModule],
      providers: stubParties(sellerId, { shopId }),
    });
    sql = context.sql;
    messages = context.module.get(MessageRepository);
  });
  afterAll(() => context.close());

  const openRoom = async () => {
    const buyer = { id: randomUUID(), role: 'buyer' as const };
    const { roomId } = await context.run<{ roomId: string }>(
      new OpenRoomCommand(buyer, shopId, null),
    );
    return { buyer, room: (await context.orm.em.fork().findOne(ChatRoom, roomId))! };
  };
  const post = (
    room: ChatRoom,
    sender: { id: string; role: 'buyer' | 'seller' },
    text: string,
    extra: Partial<Parameters<typeof Message.post>[0]> = {},
  ) =>
    Message.post({
      room,
      sender,
      senderName: 'Ana',
      clientMessageId: randomUUID(),
      text,
      maxLength: 500,
      recipientOnline: () => false,
      now: new Date('2026-11-24T10:00:00.123Z'),
      ...extra,
    });

  it('stores every column, the events with their numbers, and the senders as having read', async () => {
    const { buyer, room } = await openRoom();
    await sql.execute(`update chat.rooms set closed_at = now() where id = ?`, [room.id]);
    const seller = { id: sellerId, role: 'seller' as const };
    const group = [
      post(room, buyer, 'ada ukuran L?', { content: { type: 'product_card', card: product } }),
      post(room, seller, 'telepon 0812 3456 7890', {
        screen: (text) => screenContacts(text, { kinds: ['phone'], allowedHosts: [] }),
      }),
      post(room, seller, 'sedang libur', { automatic: true }),
    ];
    const recorded = group.map((m) => m.peekEvents()[0]);

    await messages.addAll(group);

    expect(group.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(group.every((m) => m.peekEvents().length === 0)).toBe(true);
    const read = context.orm.em.fork();
    for (const message of group) {
      const stored = await read.findOneOrFail(Message, message.id);
      for (const field of [
        'roomId',
        'senderId',
        'senderRole',
        'clientMessageId',
        'text',
        'maskedText',
        'type',
        'card',
        'createdAt',
        'automatic',
        'erasedAt',
        'seq',
      ] as const) {
        expect([field, stored[field]]).toEqual([field, message[field]]);
      }
    }
    expect(group[1].maskedText).toContain(CONTACT_MASK);

    const outbox = await sql.execute<
      { id: string; aggregate_id: string; payload: { seq: number }; occurred_at: string }[]
    >(
      `select id, aggregate_id, payload, occurred_at from shared.outbox
        where type = ? and payload->>'roomId' = ? order by position`,
      [CHAT_MESSAGE_POSTED, room.id],
    );
    expect(outbox.map((row) => ({ ...row, occurred_at: new Date(row.occurred_at) }))).toEqual(
      recorded.map((event, i) => ({
        id: event.id,
        aggregate_id: group[i].id,
        payload: { ...event.payload, seq: i + 1 },
        occurred_at: event.occurredAt,
      })),
    );

    const markers = await sql.execute(
      `select user_id, last_read_seq from chat.read_markers where room_id = ? order by last_read_seq`,
      [room.id],
    );
    expect(markers).toEqual([
      { user_id: buyer.id, last_read_seq: 1 },
      { user_id: sellerId, last_read_seq: 3 },
    ]);
    const [roomRow] = await sql.execute(`select last_seq, closed_at from chat.rooms where id = ?`, [
      room.id,
    ]);
    expect(roomRow).toEqual({ last_seq: 3, closed_at: null });
  });

  it('refuses a whole group with a message for a room that does not exist, and keeps its events for a retry', async () => {
    const { buyer, room } = await openRoom();
    const ghost = ChatRoom.open({
      buyer,
      shopId,
      sellerId,
      shopName: 'Toko',
      orderId: null,
      now: new Date(),
    });
    const kept = post(room, buyer, 'halo');
    const orphan = post(ghost, buyer, 'halo?');

    await expect(messages.addAll([kept, orphan])).rejects.toBeInstanceOf(
      ForeignKeyConstraintViolationException,
    );
    const [before] = await sql.execute(
      `select (select count(*)::int from chat.messages where room_id = ?) as messages,
              (select count(*)::int from shared.outbox where aggregate_id = ?) as events,
              (select last_seq from chat.rooms where id = ?) as last_seq`,
      [room.id, kept.id, room.id],
    );
    expect(before).toEqual({ messages: 0, events: 0, last_seq: 0 });
    expect(kept.peekEvents()).toHaveLength(1);

    await messages.addAll([kept]);
    expect(kept.seq).toBe(1);
    const events = await sql.execute(
      `select payload->>'seq' as seq from shared.outbox where aggregate_id = ?`,
      [kept.id],
    );
    expect(events).toEqual([{ seq: '1' }]);
  });
});
