// Chat over REST (rooms, history, read markers), rooms about orders, and two API instances.
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { twoShopMarket, placedOrder, Market } from '../ordering/ordering-fixtures';
import { openShop } from '../shops/shops-fixtures';
import { signUp, startReplica, startTestApi, TestApi } from '../support/test-api';
import {
  ask,
  chatWorld,
  closeSockets,
  connect,
  MessageBody,
  next,
  openRoom,
  RoomBody,
} from './chat-fixtures';

describe('chat REST (e2e)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterEach(() => closeSockets());
  afterAll(() => api.close());

  async function say(socket: Socket, roomId: string, text: string): Promise<MessageBody> {
    const ack = await ask<MessageBody>(socket, 'message:send', {
      roomId,
      clientMessageId: randomUUID(),
      text,
    });
    if (!ack.ok) throw new Error(`send failed: ${ack.error.code}`);
    return ack.data;
  }

  describe('opening rooms', () => {
    it('opens a room (201), then answers the same room (200)', async () => {
      const seller = await signUp(api, 'seller');
      const shop = await openShop(api, seller, { name: 'Toko Batik' });
      const buyer = await signUp(api, 'buyer');
      const first = await api
        .http()
        .post('/chat/rooms')
        .set(buyer.auth)
        .send({ shopId: shop.id })
        .expect(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        buyerId: buyer.id,
        shopId: shop.id,
        shopName: 'Toko Batik',
        orderId: null,
        order: null,
        createdAt: expect.any(String),
        lastMessage: null,
        lastSeq: 0,
        lastReadSeq: 0,
        unreadCount: 0,
        closedAt: null,
        purgedAt: null,
        hold: null,
      });
      const again = await api
        .http()
        .post('/chat/rooms')
        .set(buyer.auth)
        .send({ shopId: shop.id.toUpperCase() })
        .expect(200);
      expect(again.body.id).toBe(first.body.id);
    });

    it('refuses bad input, unknown shops and non-buyers with clear codes', async () => {
      const { shop, seller } = await chatWorld(api);
      const buyer = await signUp(api, 'buyer');
      const cases: [Record<string, unknown>, number, string][] = [
        [{}, 400, 'REQUEST.VALIDATION_FAILED'],
        [{ shopId: 'nope' }, 400, 'REQUEST.VALIDATION_FAILED'],
        [{ shopId: shop.id, orderId: 12 }, 400, 'REQUEST.VALIDATION_FAILED'],
        [{ shopId: shop.id, extra: 1 }, 400, 'REQUEST.VALIDATION_FAILED'],
        [{ shopId: randomUUID() }, 404, 'CHAT.SHOP_NOT_FOUND'],
        [{ shopId: shop.id, orderId: randomUUID() }, 404, 'CHAT.ORDER_NOT_FOUND'],
      ];
      for (const [body, status, code] of cases) {
        const res = await api.http().post('/chat/rooms').set(buyer.auth).send(body);
        expect([res.status, res.body.code]).toEqual([status, code]);
      }
      // A seller opens rooms only about its shop's orders.
      const asSeller = await api
        .http()
        .post('/chat/rooms')
        .set(seller.auth)
        .send({ shopId: shop.id });
      expect([asSeller.status, asSeller.body.code]).toEqual([422, 'CHAT.ORDER_REQUIRED']);
      await api.http().post('/chat/rooms').send({ shopId: shop.id }).expect(401);
    });

    it('hides other users’ rooms behind 404', async () => {
      const { room } = await chatWorld(api);
      for (const role of ['buyer', 'seller'] as const) {
        const stranger = await signUp(api, role);
        const res = await api.http().get(`/chat/rooms/${room.id}`).set(stranger.auth).expect(404);
        expect(res.body.code).toBe('CHAT.ROOM_NOT_FOUND');
        await api.http().get(`/chat/rooms/${room.id}/messages`).set(stranger.auth).expect(404);
      }
      const admin = await signUp(api, 'admin');
      await api.http().get(`/chat/rooms/${room.id}`).set(admin.auth).expect(200);
      const bad = await api.http().get('/chat/rooms/not-a-uuid').set(admin.auth).expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    });
  });

  describe('rooms about orders', () => {
    let market: Market;

    beforeAll(async () => {
      market = await twoShopMarket(api);
    });

    it('links a room to the buyer’s order from that shop, one room per order', async () => {
      const { buyer, order } = await placedOrder(api, [[market.a30, 1]]);
      const general = await openRoom(api, buyer, market.shopA.id);
      const about = await api
        .http()
        .post('/chat/rooms')
        .set(buyer.auth)
        .send({ shopId: market.shopA.id, orderId: order.id })
        .expect(201);
      expect(about.body).toMatchObject({ shopId: market.shopA.id, orderId: order.id });
      expect(about.body.id).not.toBe(general.id);
      const again = await api
        .http()
        .post('/chat/rooms')
        .set(buyer.auth)
        .send({ shopId: market.shopA.id, orderId: order.id })
        .expect(200);
      expect(again.body.id).toBe(about.body.id);
      // The shop's owner sees it among their rooms.
      const sellerRooms = await api.http().get('/chat/rooms').set(market.sellerA.auth).expect(200);
      expect(sellerRooms.body.items.map((r: RoomBody) => r.id)).toContain(about.body.id);
    });

    it('refuses another buyer’s order, and an order without that shop', async () => {
      const { order } = await placedOrder(api, [[market.a10, 1]]);
      const other = await signUp(api, 'buyer');
      const res = await api
        .http()
        .post('/chat/rooms')
        .set(other.auth)
        .send({ shopId: market.shopA.id, orderId: order.id })
        .expect(404);
      expect(res.body.code).toBe('CHAT.ORDER_NOT_FOUND');

      const { buyer, order: own } = await placedOrder(api, [[market.a10, 1]]);
      const wrongShop = await api
        .http()
        .post('/chat/rooms')
        .set(buyer.auth)
        .send({ shopId: market.shopB.id, orderId: own.id })
        .expect(404);
      expect(wrongShop.body.code).toBe('CHAT.ORDER_NOT_FOUND');
    });
  });

  describe('history, room lists, read markers', () => {
    it('pages the history newest first with a cursor, and refuses a foreign cursor', async () => {
      const { room, buyer, seller } = await chatWorld(api);
      const socket = await connect(api, { token: buyer.accessToken });
      const sent: MessageBody[] = [];
      for (let i = 0; i < 5; i++) sent.push(await say(socket, room.id, `m${i}`));

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&before=${cursor}` : '?limit=2';
        const res = await api
          .http()
          .get(`/chat/rooms/${room.id}/messages${query}`)
          .set(seller.auth)
          .expect(200);
        seen.push(...res.body.items.map((m: MessageBody) => m.text));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      expect(seen).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
      expect(pages).toBe(3);

      const other = await chatWorld(api);
      const foreign = await api
        .http()
        .get(`/chat/rooms/${room.id}/messages?before=${other.room.id}`)
        .set(seller.auth)
        .expect(404);
      expect(foreign.body.code).toBe('CHAT.MESSAGE_NOT_FOUND');
      for (const query of ['?limit=0', '?limit=101', '?before=xyz', '?limit=abc']) {
        const bad = await api
          .http()
          .get(`/chat/rooms/${room.id}/messages${query}`)
          .set(seller.auth)
          .expect(400);
        expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
      }
    });

    it('lists rooms with the last message and the caller’s unread count; marks read', async () => {
      const seller = await signUp(api, 'seller');
      const shop = await openShop(api, seller);
      const buyerA = await signUp(api, 'buyer');
      const buyerB = await signUp(api, 'buyer');
      const roomA = await openRoom(api, buyerA, shop.id);
      const roomB = await openRoom(api, buyerB, shop.id);
      const socketA = await connect(api, { token: buyerA.accessToken });
      const socketB = await connect(api, { token: buyerB.accessToken });
      const sellerSocket = await connect(api, { token: seller.accessToken });
      await say(socketA, roomA.id, 'a1');
      const a2 = await say(socketA, roomA.id, 'a2');
      await say(socketB, roomB.id, 'b1');
      await say(sellerSocket, roomA.id, 'reply to a');
      await say(socketA, roomA.id, 'a3');

      // Replying counts as having read the room up to one's reply: the seller's unread in room A
      // is a3 only.
      const list = await api.http().get('/chat/rooms').set(seller.auth).expect(200);
      expect(list.body).toMatchObject({ total: 2, limit: 20, offset: 0 });
      expect(
        list.body.items.map((r: RoomBody) => [
          r.id,
          r.lastMessage?.text,
          r.lastSeq,
          r.lastReadSeq,
          r.unreadCount,
        ]),
      ).toEqual([
        [roomA.id, 'a3', 4, 3, 1],
        [roomB.id, 'b1', 1, 0, 1],
      ]);
      const mine = await api.http().get('/chat/rooms').set(buyerA.auth).expect(200);
      expect(mine.body.items).toHaveLength(1);
      // Buyer A wrote a3 after the seller's reply: nothing unread on their side.
      expect(mine.body.items[0]).toMatchObject({ id: roomA.id, unreadCount: 0 });

      const receipt = next(socketA, 'message:read');
      await ask(socketA, 'room:join', { roomId: roomA.id });
      const read = await api
        .http()
        .post(`/chat/rooms/${roomA.id}/read`)
        .set(seller.auth)
        .send({ seq: 4 })
        .expect(200);
      expect(read.body).toEqual({
        roomId: roomA.id,
        userId: seller.id,
        lastReadSeq: 4,
        readAt: expect.any(String),
      });
      expect(await receipt).toEqual(read.body);
      const after = await api.http().get(`/chat/rooms/${roomA.id}`).set(seller.auth).expect(200);
      expect(after.body.unreadCount).toBe(0);

      // An older message does not move the marker back.
      const [a1] = (
        await api.http().get(`/chat/rooms/${roomA.id}/messages?limit=100`).set(seller.auth)
      ).body.items.filter((m: MessageBody) => m.text === 'a1');
      const older = await api
        .http()
        .post(`/chat/rooms/${roomA.id}/read`)
        .set(seller.auth)
        .send({ messageId: a1.id })
        .expect(200);
      expect(older.body.lastReadSeq).toBe(4);
      // Nor past the room's last message; seq and messageId are one or the other.
      const beyond = await api
        .http()
        .post(`/chat/rooms/${roomA.id}/read`)
        .set(seller.auth)
        .send({ seq: 99 })
        .expect(200);
      expect(beyond.body.lastReadSeq).toBe(4);
      for (const body of [{}, { seq: 1, messageId: a2.id }]) {
        const refused = await api
          .http()
          .post(`/chat/rooms/${roomA.id}/read`)
          .set(seller.auth)
          .send(body)
          .expect(400);
        expect(refused.body.code).toBe('CHAT.READ_TARGET');
      }

      const paged = await api.http().get('/chat/rooms?limit=1&offset=1').set(seller.auth);
      expect(paged.body).toMatchObject({ total: 2, items: [{ id: roomB.id }] });
      const bad = await api
        .http()
        .post(`/chat/rooms/${roomA.id}/read`)
        .set(seller.auth)
        .send({ messageId: 'x' })
        .expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    });
  });

  describe('two API instances', () => {
    let replica: TestApi;

    beforeAll(async () => {
      replica = await startReplica(api);
    });
    afterAll(() => replica.close());

    it('delivers a message, a receipt and presence across instances', async () => {
      const { room, buyer, seller } = await chatWorld(api);
      const buyerSocket = await connect(api, { token: buyer.accessToken });
      await ask(buyerSocket, 'room:join', { roomId: room.id });

      const online = next(buyerSocket, 'presence');
      const sellerSocket = await connect(replica, { token: seller.accessToken });
      const joined = await ask<{ online: string[] }>(sellerSocket, 'room:join', {
        roomId: room.id,
      });
      expect(joined).toMatchObject({ ok: true });
      if (joined.ok) expect(joined.data.online.sort()).toEqual([buyer.id, seller.id].sort());
      expect(await online).toEqual({ roomId: room.id, userId: seller.id, online: true });

      const arrived = next<MessageBody>(sellerSocket, 'message:new');
      const sent = await say(buyerSocket, room.id, 'dari instance satu');
      expect(await arrived).toEqual(sent);

      const back = next<MessageBody>(buyerSocket, 'message:new');
      const reply = await say(sellerSocket, room.id, 'dari instance dua');
      expect(await back).toEqual(reply);

      const receipt = next(buyerSocket, 'message:read');
      await ask(sellerSocket, 'message:read', { roomId: room.id, messageId: sent.id });
      // The seller's cursor stays on their own reply, past the message they marked.
      expect(await receipt).toMatchObject({ userId: seller.id, lastReadSeq: reply.seq });
    });
  });
});
