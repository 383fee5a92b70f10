import { randomUUID } from 'node:crypto';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetUserQuery, UserView } from '@pasar/identity';
import { GetOrderPartiesQuery, OrderParties } from '@pasar/ordering';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { GetShopSummaryQuery, ShopSummary } from '@pasar/shops';
import {
  CHAT_MESSAGE_POSTED,
  ChatCoreModule,
  ChatMessagePostedPayload,
  MarkReadCommand,
  MessageView,
  OpenRoomCommand,
  PostMessageCommand,
} from '@pasar/chat';

/** Stand-ins for the shops, ordering and identity public queries. */
const sellerId = randomUUID();
const shopId = randomUUID();

@QueryHandler(GetShopSummaryQuery)
class StubShops implements IQueryHandler<GetShopSummaryQuery> {
  async execute(query: GetShopSummaryQuery): Promise<ShopSummary | null> {
    return query.shopId === shopId
      ? { id: shopId, ownerId: sellerId, slug: 'toko', name: 'Toko', active: true }
      : null;
  }
}

const orders = new Map<string, OrderParties>();

@QueryHandler(GetOrderPartiesQuery)
class StubOrders implements IQueryHandler<GetOrderPartiesQuery> {
  async execute({ orderId }: GetOrderPartiesQuery): Promise<OrderParties | null> {
    return orders.get(orderId) ?? null;
  }
}

@QueryHandler(GetUserQuery)
class StubUsers implements IQueryHandler<GetUserQuery> {
  async execute({ userId }: GetUserQuery): Promise<UserView> {
    return {
      id: userId,
      email: null,
      phone: null,
      name: 'Ana',
      role: 'buyer',
      emailVerified: false,
      phoneVerified: false,
      createdAt: new Date().toISOString(),
    };
  }
}

const buyer = () => ({ id: randomUUID(), role: 'buyer' as const });
const seller = { id: sellerId, role: 'seller' as const };

describe('chat under concurrency (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [ChatCoreModule],
      providers: [StubShops, StubOrders, StubUsers],
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

  it('keeps one read marker when first receipts race, at the newest message', async () => {
    const ana = buyer();
    const { roomId } = await open(ana);
    const sent: MessageView[] = [];
    for (let i = 0; i < 5; i++) {
      const { message } = await context.run<{ message: MessageView }>(
        new PostMessageCommand(ana, roomId, randomUUID(), `m${i}`),
      );
      sent.push(message);
    }
    await Promise.all(
      sent.map((message) => context.run(new MarkReadCommand(seller, roomId, message.id))),
    );
    const markers = await sql.execute(
      `select last_read_message_id from chat.read_markers where room_id = ?`,
      [roomId],
    );
    const newest = [...sent].sort((a, b) =>
      a.createdAt === b.createdAt
        ? a.id.localeCompare(b.id)
        : a.createdAt.localeCompare(b.createdAt),
    )[4];
    expect(markers).toEqual([{ last_read_message_id: newest.id }]);
  });
});
