import { startTestApi, TestApi } from '../support/test-api';
import { Market, placedOrder, shopOrderOf, twoShopMarket } from '../ordering/ordering-fixtures';
import { ask, closeSockets, connect, openRoom, RoomBody } from './chat-fixtures';

interface OrderRoom extends RoomBody {
  order: {
    id: string;
    number: string;
    status: string;
    shopOrderId: string;
    shopOrderStatus: string;
  } | null;
}

describe('chat: the room about an order, for its buyer and its seller', () => {
  let api: TestApi;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi();
    market = await twoShopMarket(api);
  });

  afterEach(() => closeSockets());

  afterAll(async () => {
    await api?.close();
  });

  const open = (auth: Record<string, string>, body: object) =>
    api.http().post('/chat/rooms').set(auth).send(body);

  it('opens the room about the order for the buyer, never reusing the room about no order', async () => {
    const { a10, b20, shopA } = market;
    const { buyer, order } = await placedOrder(api, [
      [a10, 1],
      [b20, 1],
    ]);
    const general = await openRoom(api, buyer, shopA.id);
    expect(general.orderId).toBeNull();
    expect((general as OrderRoom).order).toBeNull();

    const opened = await open(buyer.auth, { shopId: shopA.id, orderId: order.id }).expect(201);
    const room = opened.body as OrderRoom;
    expect(room.id).not.toBe(general.id);
    expect(room).toMatchObject({ buyerId: buyer.id, shopId: shopA.id, orderId: order.id });
    expect(room.order).toEqual({
      id: order.id,
      number: order.number,
      status: 'pending_payment',
      shopOrderId: shopOrderOf(order, shopA.id).id,
      shopOrderStatus: 'pending_payment',
    });
    expect(room.order!.number).toMatch(/^PSR-/);

    const again = await open(buyer.auth, { shopId: shopA.id, orderId: order.id }).expect(200);
    expect(again.body.id).toBe(room.id);
    const listed = await api.http().get('/chat/rooms').set(buyer.auth).expect(200);
    expect(
      (listed.body.items as OrderRoom[]).map((r) => [r.id, r.order?.number ?? null]).sort(),
    ).toEqual(
      [
        [general.id, null],
        [room.id, room.order!.number],
      ].sort(),
    );
  });

  it('lets the seller reach the same room from its ShopOrder, and no other seller', async () => {
    const { a10, b20, shopA, shopB, sellerA, sellerB } = market;
    const { buyer, order } = await placedOrder(api, [
      [a10, 1],
      [b20, 1],
    ]);
    const bySeller = await open(sellerA.auth, { shopId: shopA.id, orderId: order.id }).expect(201);
    const room = bySeller.body as OrderRoom;
    expect(room).toMatchObject({ buyerId: buyer.id, shopId: shopA.id, orderId: order.id });
    expect(room.order?.shopOrderId).toBe(shopOrderOf(order, shopA.id).id);

    const byBuyer = await open(buyer.auth, { shopId: shopA.id, orderId: order.id }).expect(200);
    expect(byBuyer.body.id).toBe(room.id);

    // Another shop's seller: not with shop A, and with its own shop a room of its own.
    const stranger = await open(sellerB.auth, { shopId: shopA.id, orderId: order.id }).expect(404);
    expect(stranger.body.code).toBe('CHAT.ORDER_NOT_FOUND');
    const own = await open(sellerB.auth, { shopId: shopB.id, orderId: order.id }).expect(201);
    expect(own.body.id).not.toBe(room.id);

    // A seller opens rooms only about orders; an order its shop had no part in is a 404.
    const general = await open(sellerA.auth, { shopId: shopA.id }).expect(422);
    expect(general.body).toMatchObject({
      code: 'CHAT.ORDER_REQUIRED',
      details: { field: 'orderId' },
    });
    const { order: onlyB } = await placedOrder(api, [[b20, 1]]);
    await open(sellerA.auth, { shopId: shopA.id, orderId: onlyB.id }).expect(404);
  });

  it('carries the order header to both sides when they join over Socket.IO', async () => {
    const { a10, shopA, sellerA } = market;
    const { buyer, order } = await placedOrder(api, [[a10, 2]]);
    const room = (await open(sellerA.auth, { shopId: shopA.id, orderId: order.id }).expect(201))
      .body as OrderRoom;
    for (const user of [buyer, sellerA]) {
      const socket = await connect(api, { token: user.accessToken });
      const joined = await ask<{ room: OrderRoom }>(socket, 'room:join', { roomId: room.id });
      expect(joined.ok).toBe(true);
      if (joined.ok) expect(joined.data.room.order).toEqual(room.order);
    }
  });
});
