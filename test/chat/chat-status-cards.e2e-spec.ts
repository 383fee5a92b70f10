import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { SHOP_ORDER_SHIPPED } from '@pasar/ordering';
import { DOMAIN_EVENTS_QUEUE, EventEnvelope } from '@pasar/shared';
import { openMarket, sellable } from '../cart/cart-fixtures';
import { pay, placedOrder, shopOrderOf, sql } from '../ordering/ordering-fixtures';
import { startTestApi, TestApi } from '../support/test-api';
import { eventually, expectDrained, startWorker } from '../support/worker';
import {
  ask,
  closeSockets,
  connect,
  MessageBody,
  next,
  openRoom,
  pause,
  record,
} from './chat-fixtures';

const SYSTEM_SENDER = '00000000-0000-0000-0000-000000000000';

type StatusMessage = MessageBody & {
  type: string;
  card: { kind: string; status: string; carrier: string | null; trackingNumber: string | null };
};

describe('chat: order status changes post system cards into the order’s rooms (with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
  });

  afterEach(() => closeSockets());

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const history = async (roomId: string, auth: Record<string, string>) =>
    (await api.http().get(`/chat/rooms/${roomId}/messages`).set(auth).expect(200)).body
      .items as StatusMessage[];

  it('shows the buyer the shipment live, once, even when the event is delivered again', async () => {
    const { sellerA, sellerB, shopA, shopB, categoryId } = await openMarket(api);
    const [kaos, batik] = await Promise.all([
      sellable(api, sellerA, shopA.id, categoryId, { price: 10_000, stock: 5, name: 'Kaos' }),
      sellable(api, sellerB, shopB.id, categoryId, { price: 20_000, stock: 5, name: 'Batik' }),
    ]);
    const { buyer, order } = await placedOrder(api, [
      [kaos, 2],
      [batik, 1],
    ]);
    const roomA = await openRoom(api, buyer, shopA.id, order.id);
    const roomB = await openRoom(api, buyer, shopB.id, order.id);
    const general = await openRoom(api, buyer, shopA.id);

    const socket = await connect(api, { token: buyer.accessToken });
    for (const room of [roomA, roomB, general]) {
      expect((await ask(socket, 'room:join', { roomId: room.id })).ok).toBe(true);
    }
    const live = record<StatusMessage>(socket, 'message:new');

    // Paid: the whole order, so both rooms about it (not the room about no order).
    await pay(api, buyer, order.id);
    await eventually(async () => {
      expect(live.map((m) => [m.roomId, m.card.status]).sort()).toEqual(
        [
          [roomA.id, 'paid'],
          [roomB.id, 'paid'],
        ].sort(),
      );
    });

    const partA = shopOrderOf(order, shopA.id);
    const shipped = next<StatusMessage>(socket, 'message:new', (m) => m.card.status === 'shipped');
    await api
      .http()
      .post(`/shop-orders/${partA.id}/ship`)
      .set(sellerA.auth)
      .send({ carrier: 'JNE', trackingNumber: 'JNE-0042' })
      .expect(200);
    const card = await shipped;
    expect(card).toMatchObject({
      roomId: roomA.id,
      senderId: SYSTEM_SENDER,
      senderRole: 'system',
      type: 'system',
      text: `Order ${order.number} was shipped with JNE (tracking JNE-0042).`,
      preview: `Order ${order.number} was shipped with JNE (tracking JNE-0042).`,
      card: {
        kind: 'order',
        orderId: order.id,
        orderNumber: order.number,
        shopOrderId: partA.id,
        status: 'shipped',
        total: { amount: partA.total, currency: 'IDR' },
        itemCount: 2,
        carrier: 'JNE',
        trackingNumber: 'JNE-0042',
      },
    });
    const stored = await history(roomA.id, buyer.auth);
    expect(stored[0]).toEqual(card);
    const room = await api.http().get(`/chat/rooms/${roomA.id}`).set(buyer.auth).expect(200);
    expect(room.body.lastMessage).toEqual(card);
    expect(room.body.unreadCount).toBe(2); // the paid and the shipped cards

    // Delivered again: as BullMQ would after a lost ack (the inbox skips it), and once more
    // with the inbox marker gone (the room's message, keyed by the event id, is not written twice).
    await eventually(() => expectDrained(api));
    const queue = api.app.get<Queue>(getQueueToken(DOMAIN_EVENTS_QUEUE), { strict: false });
    const jobs = (await queue.getJobs(['completed'])) as Job<EventEnvelope>[];
    const event = jobs.find(
      (job) => job.name === SHOP_ORDER_SHIPPED && job.data.payload.shopOrderId === partA.id,
    )!;
    expect(event).toBeDefined();
    const redeliver = async (jobId: string) => {
      const job = await queue.add(event.name, event.data, { jobId });
      await eventually(async () => expect(await job.getState()).toBe('completed'));
      return (await Job.fromId(queue, jobId))!.returnvalue as { handledBy: string[] };
    };
    expect((await redeliver(`${event.id}-again`)).handledBy).toEqual([]);
    await sql(api).execute(
      `delete from shared.processed_events where consumer = 'OrderStatusCardsConsumer' and event_id = ?`,
      [event.data.id],
    );
    expect((await redeliver(`${event.id}-lost-marker`)).handledBy).toEqual([
      'OrderStatusCardsConsumer',
    ]);

    const statuses = (await history(roomA.id, buyer.auth)).map((m) => m.card?.status);
    expect(statuses).toEqual(['shipped', 'paid']);
    expect((await history(roomB.id, buyer.auth)).map((m) => m.card?.status)).toEqual(['paid']);
    expect(await history(general.id, buyer.auth)).toEqual([]);
    await pause(200); // a broadcast from the redeliveries would have arrived by now
    expect(live.filter((m) => m.card.status === 'shipped')).toHaveLength(1);
  });
});
