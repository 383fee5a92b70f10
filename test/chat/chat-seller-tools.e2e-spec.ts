// Seller tools through HTTP and Socket.IO: saved replies, away mode and business hours, response time.
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { placedOrder, twoShopMarket } from '../ordering/ordering-fixtures';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  ask,
  chatWorld,
  ChatWorld,
  closeSockets,
  connect,
  MessageBody,
  next,
  openRoom,
  pause,
  record,
} from './chat-fixtures';

interface AutoMessage extends MessageBody {
  automatic: boolean;
}

describe('chat seller tools (e2e)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ CHAT_MAX_MESSAGE_LENGTH: '200' });
  });
  afterEach(() => closeSockets());
  afterAll(() => api.close());

  const replies = (shopId: string) => `/shops/${shopId}/saved-replies`;
  const settings = (shopId: string) => `/shops/${shopId}/chat-settings`;

  async function saveReply(user: TestUser, shopId: string, title: string, body: string) {
    return api.http().post(replies(shopId)).set(user.auth).send({ title, body });
  }

  async function joined(user: TestUser, roomId: string): Promise<Socket> {
    const socket = await connect(api, { token: user.accessToken });
    expect((await ask(socket, 'room:join', { roomId })).ok).toBe(true);
    return socket;
  }

  describe('saved replies', () => {
    let world: ChatWorld;

    beforeAll(async () => {
      world = await chatWorld(api);
    });

    it('lets the shop’s seller create, list (paginated), edit and delete them', async () => {
      const { seller, shop } = await chatWorld(api);
      const first = await saveReply(seller, shop.id, ' Thanks ', 'Terima kasih {buyer_name}!');
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        shopId: shop.id,
        title: 'Thanks',
        body: 'Terima kasih {buyer_name}!',
      });
      const second = await saveReply(seller, shop.id, 'Shipping', 'Order {order_number} ships');
      expect(second.status).toBe(201);

      const page = await api
        .http()
        .get(`${replies(shop.id)}?limit=1&offset=1`)
        .set(seller.auth)
        .expect(200);
      expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
      expect(page.body.items.map((r: { title: string }) => r.title)).toEqual(['Thanks']);

      const edited = await api
        .http()
        .patch(`${replies(shop.id)}/${first.body.id}`)
        .set(seller.auth)
        .send({ body: 'Makasih {buyer_name} dari {shop_name}' })
        .expect(200);
      expect(edited.body).toMatchObject({
        title: 'Thanks',
        body: 'Makasih {buyer_name} dari {shop_name}',
      });

      await api
        .http()
        .delete(`${replies(shop.id)}/${second.body.id}`)
        .set(seller.auth)
        .expect(204);
      const after = await api.http().get(replies(shop.id)).set(seller.auth).expect(200);
      expect(after.body.total).toBe(1);
      const gone = await api
        .http()
        .delete(`${replies(shop.id)}/${second.body.id}`)
        .set(seller.auth);
      expect([gone.status, gone.body.code]).toEqual([404, 'CHAT.SAVED_REPLY_NOT_FOUND']);
    });

    it('refuses a taken title, unknown variables (named) and bad input', async () => {
      const { seller, shop } = world;
      expect((await saveReply(seller, shop.id, 'Dup', 'one')).status).toBe(201);
      const cases: [Record<string, unknown>, number, string, string][] = [
        [{ title: 'Dup', body: 'two' }, 409, 'CHAT.SAVED_REPLY_TITLE_TAKEN', 'Dup'],
        [{ title: 'Hi', body: 'Hi {customer}' }, 400, 'CHAT.INVALID_SAVED_REPLY', '{customer}'],
        [{ title: 'Long', body: 'x'.repeat(201) }, 400, 'CHAT.INVALID_SAVED_REPLY', 'body'],
        [{ title: '', body: 'x' }, 400, 'REQUEST.VALIDATION_FAILED', 'title'],
        [{ title: 'No body' }, 400, 'REQUEST.VALIDATION_FAILED', 'body'],
      ];
      for (const [body, status, code, named] of cases) {
        const res = await api.http().post(replies(shop.id)).set(seller.auth).send(body);
        expect([res.status, res.body.code]).toEqual([status, code]);
        expect(res.body.message).toContain(named);
      }
    });

    it('keeps them to the shop’s seller: another seller gets 404, a buyer 403', async () => {
      const { shop, buyer } = world;
      const saved = await saveReply(world.seller, shop.id, 'Private', 'hello');
      const stranger = await signUp(api, 'seller');
      const asStranger = [
        api.http().get(replies(shop.id)).set(stranger.auth),
        api.http().post(replies(shop.id)).set(stranger.auth).send({ title: 'x', body: 'y' }),
        api
          .http()
          .patch(`${replies(shop.id)}/${saved.body.id}`)
          .set(stranger.auth)
          .send({}),
        api
          .http()
          .delete(`${replies(shop.id)}/${saved.body.id}`)
          .set(stranger.auth),
        api.http().get(settings(shop.id)).set(stranger.auth),
        api.http().put(settings(shop.id)).set(stranger.auth).send({ away: true }),
      ];
      for (const res of await Promise.all(asStranger)) {
        expect([res.status, res.body.code]).toEqual([404, 'CHAT.SHOP_NOT_FOUND']);
      }
      const asBuyer = [
        api.http().get(replies(shop.id)).set(buyer.auth),
        api.http().post(replies(shop.id)).set(buyer.auth).send({ title: 'x', body: 'y' }),
        api.http().put(settings(shop.id)).set(buyer.auth).send({ away: true }),
        api
          .http()
          .get(`/chat/rooms/${world.room.id}/saved-replies/${saved.body.id}/preview`)
          .set(buyer.auth),
      ];
      for (const res of await Promise.all(asBuyer)) expect(res.status).toBe(403);
      await api.http().get(replies(shop.id)).expect(401);
      const admin = await signUp(api, 'admin');
      await api.http().get(replies(shop.id)).set(admin.auth).expect(200);
    });

    it('renders a preview for the room, and refuses {order_number} in a room about no order', async () => {
      const { seller, shop, room } = world;
      const hello = await saveReply(seller, shop.id, 'Hello', 'Halo {buyer_name}, ini {shop_name}');
      const preview = await api
        .http()
        .get(`/chat/rooms/${room.id}/saved-replies/${hello.body.id}/preview`)
        .set(seller.auth)
        .expect(200);
      expect(preview.body).toEqual({
        roomId: room.id,
        replyId: hello.body.id,
        text: `Halo Test User, ini ${shop.name}`,
      });
      const order = await saveReply(seller, shop.id, 'Order', 'Pesanan {order_number}');
      const refused = await api
        .http()
        .get(`/chat/rooms/${room.id}/saved-replies/${order.body.id}/preview`)
        .set(seller.auth);
      expect([refused.status, refused.body.code]).toEqual([422, 'CHAT.ORDER_NUMBER_UNAVAILABLE']);
      // Another shop's reply is not found in this room, even for its own seller.
      const other = await chatWorld(api);
      const foreign = await saveReply(other.seller, other.shop.id, 'Foreign', 'x');
      for (const [user, replyId] of [
        [seller, foreign.body.id],
        [other.seller, hello.body.id],
      ] as const) {
        const res = await api
          .http()
          .get(`/chat/rooms/${room.id}/saved-replies/${replyId}/preview`)
          .set(user.auth);
        expect(res.status).toBe(404);
      }
    });

    it('fills {order_number} in a room about an order', async () => {
      const market = await twoShopMarket(api);
      const { buyer, order } = await placedOrder(api, [[market.a10, 1]]);
      const room = await openRoom(api, buyer, market.shopA.id, order.id);
      const saved = await saveReply(
        market.sellerA,
        market.shopA.id,
        'Order',
        'Pesanan {order_number}',
      );
      const preview = await api
        .http()
        .get(`/chat/rooms/${room.id}/saved-replies/${saved.body.id}/preview`)
        .set(market.sellerA.auth)
        .expect(200);
      expect(preview.body.text).toBe(`Pesanan ${order.number}`);
    });

    it('sends a reply into the room as the seller’s message, live and idempotent', async () => {
      const { seller, shop, buyer, room } = await chatWorld(api);
      const buyerSocket = await joined(buyer, room.id);
      const arrivals = record<AutoMessage>(buyerSocket, 'message:new');
      const first = await ask<AutoMessage>(buyerSocket, 'message:send', {
        roomId: room.id,
        clientMessageId: randomUUID(),
        text: 'Masih ada stok?',
      });
      expect(first.ok).toBe(true);
      const saved = await saveReply(seller, shop.id, 'Stock', 'Ada, {buyer_name}!');
      const url = `/chat/rooms/${room.id}/saved-replies/${saved.body.id}/send`;
      const arrived = next<AutoMessage>(buyerSocket, 'message:new');
      const sent = await api.http().post(url).set(seller.auth).send({ clientMessageId: 'r-1' });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({
        roomId: room.id,
        senderId: seller.id,
        senderRole: 'seller',
        clientMessageId: 'r-1',
        text: 'Ada, Test User!',
        automatic: false,
      });
      expect(await arrived).toEqual(sent.body);

      const again = await api.http().post(url).set(seller.auth).send({ clientMessageId: 'r-1' });
      expect([again.status, again.body.id]).toEqual([200, sent.body.id]);
      await pause(200);
      expect(arrivals.map((m) => m.id)).toEqual([sent.body.id]);

      const missing = await api.http().post(url).set(seller.auth).send({});
      expect([missing.status, missing.body.code]).toEqual([400, 'REQUEST.VALIDATION_FAILED']);

      // The answer counts for the shop's response time (public).
      const stats = await api.http().get(`/shops/${shop.id}/chat-response`).expect(200);
      expect(stats.body).toMatchObject({
        shopId: shop.id,
        windowDays: 30,
        conversations: 1,
        answeredWithin24h: 1,
        responseRate: 1,
      });
      expect(stats.body.medianResponseSeconds).toBeGreaterThanOrEqual(0);
      expect(stats.body.medianResponseSeconds).toBeLessThan(60);
      await api.http().get('/shops/not-a-uuid/chat-response').expect(400);
    });

    it('documents the routes, the response time as public and the rest as authenticated', async () => {
      const { paths } = (await api.http().get('/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, { security?: unknown; responses: object }>>;
      };
      expect(paths['/shops/{shopId}/chat-response'].get.security).toBeUndefined();
      for (const [path, method] of [
        ['/shops/{shopId}/saved-replies', 'post'],
        ['/shops/{shopId}/saved-replies/{replyId}', 'patch'],
        ['/shops/{shopId}/chat-settings', 'put'],
        ['/chat/rooms/{roomId}/saved-replies/{replyId}/send', 'post'],
      ]) {
        expect(paths[path][method].security).toEqual([{ bearer: [] }]);
        expect(Object.keys(paths[path][method].responses)).toEqual(
          expect.arrayContaining(['400', '401', '403', '404']),
        );
      }
    });
  });

  describe('away mode and business hours', () => {
    /** A new buyer's room with the shop, with the buyer's socket in it. */
    async function buyerIn(world: ChatWorld) {
      const buyer = await signUp(api, 'buyer');
      const room = await openRoom(api, buyer, world.shop.id);
      return { buyer, room, socket: await joined(buyer, room.id) };
    }

    const say = (socket: Socket, roomId: string, text: string) =>
      ask(socket, 'message:send', { roomId, clientMessageId: randomUUID(), text });

    it('answers a buyer once while away, on all their sockets, even when they send at once', async () => {
      const world = await chatWorld(api);
      const put = await api
        .http()
        .put(settings(world.shop.id))
        .set(world.seller.auth)
        .send({ away: true, awayMessage: 'Lagi libur, balas Senin' })
        .expect(200);
      expect(put.body).toMatchObject({ away: true, autoReplyingNow: true, businessHours: null });

      const tabA = await joined(world.buyer, world.room.id);
      const tabB = await joined(world.buyer, world.room.id);
      const sellerSocket = await joined(world.seller, world.room.id);
      const seen = [tabA, tabB, sellerSocket].map((s) => record<AutoMessage>(s, 'message:new'));
      const acks = await Promise.all(
        Array.from({ length: 8 }, (_, i) => say(i % 2 ? tabA : tabB, world.room.id, `halo ${i}`)),
      );
      expect(acks.every((a) => a.ok)).toBe(true);
      await pause(500);
      for (const messages of seen) {
        const automatic = messages.filter((m) => m.automatic);
        expect(automatic).toHaveLength(1);
        expect(automatic[0]).toMatchObject({
          roomId: world.room.id,
          senderId: world.seller.id,
          senderRole: 'seller',
          text: 'Lagi libur, balas Senin',
        });
      }
      const history = await api
        .http()
        .get(`/chat/rooms/${world.room.id}/messages?limit=100`)
        .set(world.buyer.auth)
        .expect(200);
      const items = history.body.items as AutoMessage[];
      expect(items).toHaveLength(9);
      expect(items.filter((m) => m.automatic).map((m) => m.text)).toEqual([
        'Lagi libur, balas Senin',
      ]);
      expect(items.filter((m) => m.senderRole === 'buyer').every((m) => !m.automatic)).toBe(true);

      // Later messages that day get no second reply.
      expect((await say(tabA, world.room.id, 'halo lagi')).ok).toBe(true);
      await pause(300);
      expect(seen[0].filter((m) => m.automatic)).toHaveLength(1);
    });

    it('stays quiet while the shop is open, and answers outside its business hours', async () => {
      const world = await chatWorld(api);
      await api
        .http()
        .put(settings(world.shop.id))
        .set(world.seller.auth)
        .send({ away: false })
        .expect(200);
      const open = await buyerIn(world);
      const heard = record<AutoMessage>(open.socket, 'message:new');
      expect((await say(open.socket, open.room.id, 'halo')).ok).toBe(true);
      await pause(500);
      expect(heard).toEqual([]);

      // Open only on the weekday three days from now (UTC): closed now.
      const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
      const openDay = days[(new Date().getUTCDay() + 3) % 7];
      const closed = await api
        .http()
        .put(settings(world.shop.id))
        .set(world.seller.auth)
        .send({
          away: false,
          businessHours: {
            timeZone: 'UTC',
            days: [{ day: openDay, open: '00:00', close: '24:00' }],
          },
          outsideHoursMessage: 'Buka hari kerja saja',
        })
        .expect(200);
      expect(closed.body).toMatchObject({ away: false, autoReplyingNow: true });
      const late = await buyerIn(world);
      const reply = next<AutoMessage>(late.socket, 'message:new', (m) => m.automatic);
      expect((await say(late.socket, late.room.id, 'halo')).ok).toBe(true);
      expect(await reply).toMatchObject({ text: 'Buka hari kerja saja', automatic: true });
      const read = await api.http().get(settings(world.shop.id)).set(world.seller.auth).expect(200);
      expect(read.body.businessHours).toEqual({
        timeZone: 'UTC',
        days: [{ day: openDay, open: '00:00', close: '24:00' }],
      });
    });

    it('masks contact details in an automatic reply for the participants, not for admins', async () => {
      const world = await chatWorld(api);
      await api
        .http()
        .put(settings(world.shop.id))
        .set(world.seller.auth)
        .send({ away: true, awayMessage: 'Libur dulu, WA 0812-3456-7890' })
        .expect(200);
      const admin = await signUp(api, 'admin');
      const adminSocket = await joined(admin, world.room.id);
      const buyerSocket = await joined(world.buyer, world.room.id);
      const atAdmin = next<AutoMessage>(adminSocket, 'message:new', (m) => m.automatic);
      const atBuyer = next<AutoMessage>(buyerSocket, 'message:new', (m) => m.automatic);
      expect((await say(buyerSocket, world.room.id, 'halo')).ok).toBe(true);

      const masked = 'Libur dulu, WA [contact hidden]';
      expect(await atAdmin).toMatchObject({
        text: 'Libur dulu, WA 0812-3456-7890',
        maskedText: masked,
        masked: true,
      });
      const heard = await atBuyer;
      expect(heard).toMatchObject({ text: masked, masked: true, automatic: true });
      expect(heard).not.toHaveProperty('maskedText');
    });

    it('refuses bad settings with the field named', async () => {
      const { seller, shop } = await chatWorld(api);
      const hours = (patch: Record<string, unknown>) => ({
        away: false,
        businessHours: {
          timeZone: 'Asia/Jakarta',
          days: [{ day: 'mon', open: '09:00', close: '17:00', ...patch }],
        },
      });
      const cases: [Record<string, unknown>, string, string][] = [
        [
          { ...hours({}), businessHours: { timeZone: 'Mars/Olympus', days: [] } },
          'CHAT.INVALID_SETTINGS',
          'businessHours.timeZone',
        ],
        [hours({ close: '08:00' }), 'CHAT.INVALID_SETTINGS', 'businessHours.days[0].close'],
        [hours({ open: '9am' }), 'CHAT.INVALID_SETTINGS', 'businessHours.days[0].open'],
        [hours({ day: 'funday' }), 'REQUEST.VALIDATION_FAILED', 'businessHours.days.0.day'],
        [{ away: true, awayMessage: '   ' }, 'CHAT.INVALID_SETTINGS', 'awayMessage'],
        [{ away: 'yes' }, 'REQUEST.VALIDATION_FAILED', 'away'],
      ];
      for (const [body, code, field] of cases) {
        const res = await api.http().put(settings(shop.id)).set(seller.auth).send(body);
        expect([res.status, res.body.code]).toEqual([400, code]);
        expect(res.body.message).toContain(field);
      }
    });
  });
});
