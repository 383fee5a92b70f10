import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { CHAT_RETENTION_QUEUE, PurgeClosedRoomsCommand } from '@pasar/chat';
import {
  Market,
  pay,
  placedOrder,
  shopOrderOf,
  twoShopMarket,
} from '../ordering/ordering-fixtures';
import { nowSeconds, paymentsOf, simulatedSignature, sql } from '../payments/payments-fixtures';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import {
  ask,
  chatWorld,
  closeSockets,
  connect,
  MessageBody,
  openRoom,
  RoomBody,
} from './chat-fixtures';

interface RetentionRoom extends RoomBody {
  closedAt: string | null;
  purgedAt: string | null;
  hold: { reason: string; source: string; heldAt: string } | null;
}

const DAY_MS = 86_400_000;
const SWEEP_MS = 1000;

/** A Stripe-shaped dispute event about a payment intent, as the simulated provider signs them. */
const disputeEvent = (
  eventId: string,
  type: 'charge.dispute.created' | 'charge.dispute.closed',
  intentId: string,
  status: string,
) =>
  JSON.stringify({
    id: eventId,
    object: 'event',
    type,
    created: nowSeconds(),
    data: {
      object: {
        id: 'dp_e2e',
        object: 'dispute',
        charge: intentId.replace(/^sim_pi_/, 'sim_ch_'),
        payment_intent: intentId,
        reason: 'fraudulent',
        status,
        metadata: {},
      },
    },
  });

describe('chat: closed rooms, retention and holds (with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Market;
  let admin: TestUser;

  beforeAll(async () => {
    api = await startTestApi({ CHAT_RETENTION_SWEEP_INTERVAL_MS: String(SWEEP_MS) });
    worker = await startWorker(api);
    market = await twoShopMarket(api);
    admin = await signUp(api, 'admin');
  });

  afterEach(() => closeSockets());

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const roomAs = async (auth: Record<string, string>, roomId: string) =>
    (await api.http().get(`/chat/rooms/${roomId}`).set(auth).expect(200)).body as RetentionRoom;
  const messagesOf = async (roomId: string) =>
    (await api.http().get(`/chat/rooms/${roomId}/messages`).set(admin.auth).expect(200)).body
      .items as MessageBody[];
  const send = async (user: TestUser, roomId: string, text: string) => {
    const socket = await connect(api, { token: user.accessToken });
    const ack = await ask<MessageBody>(socket, 'message:send', {
      roomId,
      clientMessageId: `${Date.now()}-${Math.random()}`,
      text,
    });
    expect(ack.ok).toBe(true);
  };
  /** Backdates a room's closing, as if it had closed `days` days ago. */
  const closedDaysAgo = (roomId: string, days: number) =>
    sql(api, 'update chat.rooms set closed_at = ? where id = ?', [
      new Date(Date.now() - days * DAY_MS),
      roomId,
    ]);
  const retentionRuns = async () => {
    const queue = api.app.get<Queue>(getQueueToken(CHAT_RETENTION_QUEUE), { strict: false });
    return (await queue.getJobCounts('completed')).completed;
  };
  /** Waits until the worker's retention job has run twice more from now. */
  const twoMoreRuns = async () => {
    const before = await retentionRuns();
    await eventually(async () => expect(await retentionRuns()).toBeGreaterThanOrEqual(before + 2));
  };

  it('closes the room about an order when its part completes, and a message reopens it', async () => {
    const { a10, b20, shopA, shopB, sellerA } = market;
    const { buyer, order } = await placedOrder(api, [
      [a10, 1],
      [b20, 1],
    ]);
    const roomA = await openRoom(api, buyer, shopA.id, order.id);
    const roomB = await openRoom(api, buyer, shopB.id, order.id);
    await send(buyer, roomA.id, 'kapan dikirim?');
    await pay(api, buyer, order.id);
    const a = shopOrderOf(order, shopA.id);
    const act = (path: string, auth: Record<string, string>, body: object = {}) =>
      api.http().post(path).set(auth).send(body).expect(200);
    await act(`/shop-orders/${a.id}/ship`, sellerA.auth, { carrier: 'JNE', trackingNumber: 'J1' });
    await act(`/shop-orders/${a.id}/deliver`, sellerA.auth);
    expect((await roomAs(buyer.auth, roomA.id)).closedAt).toBeNull();
    await act(`/shop-orders/${a.id}/confirm-delivery`, buyer.auth);

    const closed = await eventually(async () => {
      const room = await roomAs(buyer.auth, roomA.id);
      expect(room.closedAt).not.toBeNull();
      return room;
    });
    expect((await roomAs(sellerA.auth, roomA.id)).closedAt).toBe(closed.closedAt);
    // Toko B's part is still paid: its room stays open.
    expect((await roomAs(buyer.auth, roomB.id)).closedAt).toBeNull();

    await send(sellerA, roomA.id, 'terima kasih!');
    const reopened = await roomAs(buyer.auth, roomA.id);
    expect(reopened.closedAt).toBeNull();
    expect(reopened.lastMessage?.text).toBe('terima kasih!');
  });

  it('holds an order’s rooms on a simulated dispute webhook; the retention job skips them until it closes', async () => {
    const { a10, b20, shopA, shopB } = market;
    const { buyer, order } = await placedOrder(api, [
      [a10, 1],
      [b20, 1],
    ]);
    const rooms = [
      await openRoom(api, buyer, shopA.id, order.id),
      await openRoom(api, buyer, shopB.id, order.id),
    ];
    for (const room of rooms) await send(buyer, room.id, 'barangnya tidak sampai');
    await pay(api, buyer, order.id);
    const [payment] = await paymentsOf(api, order.id);
    const webhook = async (eventId: string, body: string) => {
      const res = await api
        .http()
        .post('/payments/webhooks/simulated')
        .set('content-type', 'application/json')
        .set(
          'pasar-signature',
          simulatedSignature(api.config.payments.simulatedWebhookSecret, body),
        )
        .send(body)
        .expect(200);
      expect(res.body).toMatchObject({ eventId, duplicate: false });
      return res.body as { type: string };
    };
    const intentId = payment.providerIntentId!;
    const opened = await webhook(
      'evt_dp_open',
      disputeEvent('evt_dp_open', 'charge.dispute.created', intentId, 'needs_response'),
    );
    expect(opened.type).toBe('payment.disputed');

    for (const room of rooms) {
      const held = await eventually(async () => {
        const view = await roomAs(admin.auth, room.id);
        expect(view.hold).not.toBeNull();
        return view;
      });
      expect(held.hold).toMatchObject({
        source: 'dispute',
        reason: 'Payment dispute dp_e2e (fraudulent)',
      });
      // Only admins see holds.
      expect((await roomAs(buyer.auth, room.id)).hold).toBeNull();
      await closedDaysAgo(room.id, 400);
    }
    await twoMoreRuns();
    for (const room of rooms) {
      // The buyer's message (beside the order's status cards) is still there.
      expect((await messagesOf(room.id)).map((m) => m.text)).toContain('barangnya tidak sampai');
      expect((await roomAs(admin.auth, room.id)).purgedAt).toBeNull();
    }

    const closed = await webhook(
      'evt_dp_closed',
      disputeEvent('evt_dp_closed', 'charge.dispute.closed', intentId, 'won'),
    );
    expect(closed.type).toBe('payment.dispute-closed');
    for (const room of rooms) {
      await eventually(async () => {
        const view = await roomAs(admin.auth, room.id);
        expect(view.hold).toBeNull();
        expect(view.purgedAt).not.toBeNull();
        expect(view.lastMessage).toBeNull();
      });
      expect(await messagesOf(room.id)).toEqual([]);
    }
  });

  describe('admin holds', () => {
    const hold = (
      auth: Record<string, string>,
      roomId: string,
      body: object = { reason: 'Legal request 114' },
    ) => api.http().put(`/admin/chat/rooms/${roomId}/hold`).set(auth).send(body);
    const release = (auth: Record<string, string>, roomId: string) =>
      api.http().delete(`/admin/chat/rooms/${roomId}/hold`).set(auth);

    it('lets only admins hold and release a room', async () => {
      const { buyer, seller, room } = await chatWorld(api);
      for (const user of [buyer, seller]) {
        const refused = await hold(user.auth, room.id).expect(403);
        expect(refused.body.code).toBe('AUTH.FORBIDDEN');
        await release(user.auth, room.id).expect(403);
      }
      await api.http().put(`/admin/chat/rooms/${room.id}/hold`).send({ reason: 'x' }).expect(401);
      await release({}, room.id).expect(401);

      const held = (await hold(admin.auth, room.id).expect(200)).body as RetentionRoom;
      expect(held.hold).toEqual({
        reason: 'Legal request 114',
        source: 'admin',
        heldAt: expect.any(String),
      });
      const again = (await hold(admin.auth, room.id).expect(200)).body as RetentionRoom;
      expect(again.hold).toEqual(held.hold);
      expect((await roomAs(buyer.auth, room.id)).hold).toBeNull();

      const released = (await release(admin.auth, room.id).expect(200)).body as RetentionRoom;
      expect(released.hold).toBeNull();
      await release(admin.auth, room.id).expect(200);
    });

    it('refuses bad ids, unknown rooms and missing or overlong reasons with clear codes', async () => {
      const { room } = await chatWorld(api);
      const badId = await hold(admin.auth, 'not-a-uuid').expect(400);
      expect(badId.body.code).toBe('REQUEST.VALIDATION_FAILED');
      const unknown = await hold(admin.auth, '3f1c9a4e-8d2b-4c6f-9e1a-2b3c4d5e6f70').expect(404);
      expect(unknown.body.code).toBe('CHAT.ROOM_NOT_FOUND');
      await release(admin.auth, '3f1c9a4e-8d2b-4c6f-9e1a-2b3c4d5e6f70').expect(404);
      for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }, { reason: 7 }]) {
        const refused = await hold(admin.auth, room.id, body).expect(400);
        expect(refused.body.code).toBe('REQUEST.VALIDATION_FAILED');
        expect(JSON.stringify(refused.body.details)).toContain('reason');
      }
      expect((await roomAs(admin.auth, room.id)).hold).toBeNull();
    });

    it('keeps a held room from retention; once released, the room closed long ago is purged', async () => {
      const { buyer, room } = await chatWorld(api);
      await send(buyer, room.id, 'simpan ini');
      await hold(admin.auth, room.id).expect(200);
      await closedDaysAgo(room.id, 400);
      const purge = () => api.command<number>(new PurgeClosedRoomsCommand(new Date()));
      await purge();
      expect(await messagesOf(room.id)).toHaveLength(1);

      await release(admin.auth, room.id).expect(200);
      await eventually(async () => expect(await messagesOf(room.id)).toEqual([]));
      const purged = await roomAs(buyer.auth, room.id);
      expect(purged).toMatchObject({ lastMessage: null, hold: null });
      expect(purged.closedAt).not.toBeNull();
      expect(purged.purgedAt).not.toBeNull();
    });
  });
});
