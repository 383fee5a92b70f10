import { INestApplicationContext } from '@nestjs/common';
import { io, Socket } from 'socket.io-client';
import { eventually, startWorker } from '../support/worker';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  buyerWithAddress,
  Market,
  pay,
  placedOrder,
  shopOrderOf,
  sql,
  twoShopMarket,
} from '../ordering/ordering-fixtures';

interface NotificationBody {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  readAt: string | null;
  createdAt: string;
}

describe('notifications: in-app over REST, emails recorded without SMTP (with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi({ RESERVATION_SWEEP_INTERVAL_MS: '500' });
    worker = await startWorker(api);
    market = await twoShopMarket(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const list = async (user: TestUser, query: Record<string, string> = {}) =>
    (await api.http().get('/notifications').query(query).set(user.auth).expect(200)).body as {
      items: NotificationBody[];
      total: number;
    };
  const unread = async (user: TestUser) =>
    (await api.http().get('/notifications/unread-count').set(user.auth).expect(200)).body.count;
  const emailsTo = (address: string) =>
    sql(api).execute<{ subject: string; status: string; text: string }[]>(
      `select subject, status, text from notifications.outgoing_emails where "to" = ?
        order by created_at`,
      [address],
    );

  it('tells the buyer about their order as it goes, newest first; marks read; others see none', async () => {
    const { a30, shopA, sellerA } = market;
    const { buyer, order } = await placedOrder(api, [[a30, 1]]);
    const ref = order.number;

    const placed = await eventually(async () => {
      const page = await list(buyer);
      expect(page.items.map((n) => n.kind)).toEqual(['order_placed']);
      return page.items[0];
    });
    expect(placed).toMatchObject({
      title: `Order ${ref} placed`,
      data: { orderId: order.id, amount: order.total, currency: order.currency },
      readAt: null,
    });
    expect(await unread(buyer)).toBe(1);

    await pay(api, buyer, order.id);
    const a = shopOrderOf(order, shopA.id);
    await api
      .http()
      .post(`/shop-orders/${a.id}/ship`)
      .set(sellerA.auth)
      .send({ carrier: 'JNE', trackingNumber: 'JNE-0001' })
      .expect(200);
    const page = await eventually(async () => {
      const current = await list(buyer);
      expect(current.items.map((n) => n.kind)).toEqual(['shipped', 'order_paid', 'order_placed']);
      return current;
    });
    expect(page.total).toBe(3);
    expect(page.items[0]).toMatchObject({
      body: 'Part of your order is on its way with JNE, tracking number JNE-0001.',
      data: { orderId: order.id, shopOrderId: a.id, shopId: shopA.id, trackingNumber: 'JNE-0001' },
    });
    expect(await unread(buyer)).toBe(3);
    // Shop-side events name only the buyer: the seller is not told.
    expect((await list(sellerA)).total).toBe(0);

    // Reading one: it leaves the unread list; reading it again keeps the first time.
    const read = await api
      .http()
      .post(`/notifications/${placed.id}/read`)
      .set(buyer.auth)
      .expect(200);
    expect(read.body).toMatchObject({ id: placed.id, kind: 'order_placed' });
    expect(read.body.readAt).toEqual(expect.any(String));
    const again = await api
      .http()
      .post(`/notifications/${placed.id}/read`)
      .set(buyer.auth)
      .expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect(await unread(buyer)).toBe(2);
    const unreadOnly = await list(buyer, { unread: 'true' });
    expect(unreadOnly.items.map((n) => n.kind)).toEqual(['shipped', 'order_paid']);
    expect(unreadOnly.total).toBe(2);
    const paged = await list(buyer, { limit: '1', offset: '1' });
    expect(paged.items.map((n) => n.kind)).toEqual(['order_paid']);
    expect(paged.total).toBe(3);

    // Someone else's notification does not exist for them.
    const stranger = await signUp(api, 'buyer');
    const foreign = await api
      .http()
      .post(`/notifications/${placed.id}/read`)
      .set(stranger.auth)
      .expect(404);
    expect(foreign.body.code).toBe('NOTIFICATIONS.NOTIFICATION_NOT_FOUND');
    expect((await list(stranger)).total).toBe(0);
    await api.http().post('/notifications/read-all').set(stranger.auth).expect(200, { marked: 0 });
    expect(await unread(buyer)).toBe(2);

    const all = await api.http().post('/notifications/read-all').set(buyer.auth).expect(200);
    expect(all.body).toEqual({ marked: 2 });
    expect(await unread(buyer)).toBe(0);
    expect((await list(buyer, { unread: 'true' })).items).toEqual([]);

    // Without SMTP_URL every email is rendered and recorded instead of sent.
    const emails = await eventually(async () => {
      const rows = await emailsTo(buyer.email);
      expect(rows.map((e) => e.status)).toEqual(['recorded', 'recorded', 'recorded']);
      return rows;
    });
    expect(emails.map((e) => e.subject)).toEqual([
      `Your Pasar order ${ref} is placed`,
      `Payment received for order ${ref}`,
      `Your order ${ref} has shipped`,
    ]);
    expect(emails[2].text).toContain(`${api.config.publicUrl}/orders/${order.id}`);

    // Every event relayed again: the inbox and the unique index keep it one of each.
    await sql(api).execute('update shared.outbox set published_at = null');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await list(buyer)).total).toBe(3);
    expect(await emailsTo(buyer.email)).toHaveLength(3);
  });

  it('tells the buyer an unpaid order expired', async () => {
    const { a10 } = market;
    const { buyer, order } = await placedOrder(api, [[a10, 1]]);
    await sql(api).execute(
      `update inventory.stock_reservations set expires_at = now() - interval '1 second'
        where reference = ?`,
      [order.id],
    );
    const page = await eventually(async () => {
      const current = await list(buyer);
      expect(current.items.map((n) => n.kind)).toEqual(['order_expired', 'order_placed']);
      return current;
    }, 40_000);
    expect(page.items[0].body).toContain('not paid in time');
  }, 60_000);

  it("pushes each new notification to the user's open sockets as `notification`", async () => {
    const { b20 } = market;
    const buyer = await buyerWithAddress(api);
    const socket: Socket = io(`${api.baseUrl}/chat`, {
      auth: { token: buyer.accessToken },
      transports: ['websocket'],
      reconnection: false,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const pushed = new Promise<NotificationBody>((resolve) =>
        socket.once('notification', (view: NotificationBody) => resolve(view)),
      );
      const { order } = await placedOrder(api, [[b20, 1]], buyer);
      const view = await pushed;
      expect(view).toMatchObject({
        kind: 'order_placed',
        readAt: null,
        data: { orderId: order.id },
      });
      const [stored] = (await list(buyer)).items;
      expect(view).toEqual(stored);
    } finally {
      socket.disconnect();
    }
  });

  it('refuses bad input with 4xx and stable codes, and strangers without a token', async () => {
    const buyer = await signUp(api, 'buyer');
    const badId = await api
      .http()
      .post('/notifications/not-a-uuid/read')
      .set(buyer.auth)
      .expect(400);
    expect(badId.body.code).toBe('REQUEST.VALIDATION_FAILED');
    const badFlag = await api
      .http()
      .get('/notifications')
      .query({ unread: 'maybe' })
      .set(buyer.auth)
      .expect(400);
    expect(badFlag.body.code).toBe('REQUEST.VALIDATION_FAILED');
    await api.http().get('/notifications').query({ limit: '0' }).set(buyer.auth).expect(400);
    await api.http().get('/notifications').expect(401);
    await api.http().get('/notifications/unread-count').expect(401);
    await api.http().post('/notifications/read-all').expect(401);
  });
});
