import { openMarket, sellable } from '../cart/cart-fixtures';
import { placedOrder, shopOrderOf } from '../ordering/ordering-fixtures';
import { signUp, TestApi, startTestApi } from '../support/test-api';
import { ask, closeSockets, connect, MessageBody, next, openRoom } from './chat-fixtures';

type Market = Awaited<ReturnType<typeof openMarket>>;

describe('chat: product and order cards, snapshots taken when sent', () => {
  let api: TestApi;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi();
    market = await openMarket(api);
  });

  afterEach(() => closeSockets());

  afterAll(async () => {
    await api?.close();
  });

  const send = async (token: string, payload: object) => {
    const socket = await connect(api, { token });
    return ask<MessageBody>(socket, 'message:send', payload);
  };
  let counter = 0;
  const clientId = () => `card-${++counter}`;
  const product = (
    name: string,
    price: number,
    shopId = market.shopA.id,
    seller = market.sellerA,
  ) => sellable(api, seller, shopId, market.categoryId, { price, name, stock: 20 });

  /** Gives the product a first image; answers its URL. */
  const picture = async (productId: string, seller = market.sellerA) => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);
    const res = await api
      .http()
      .post(`/catalog/products/${productId}/images`)
      .set(seller.auth)
      .attach('file', jpeg, 'front.jpg')
      .expect(201);
    return res.body.url as string;
  };

  it('snapshots a shop offer: a later price change does not change the stored card', async () => {
    const { sellerA, shopA } = market;
    const kaos = await product('Kaos', 45_000);
    const imageUrl = await picture(kaos.productId);
    const buyer = await signUp(api, 'buyer');
    const room = await openRoom(api, buyer, shopA.id);

    const seller = await connect(api, { token: sellerA.accessToken });
    await ask(seller, 'room:join', { roomId: room.id });
    const live = next<MessageBody>(seller, 'message:new');
    const sent = await send(buyer.accessToken, {
      roomId: room.id,
      clientMessageId: clientId(),
      type: 'product_card',
      offerId: kaos.offerId,
      text: ' masih ada? ',
    });
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const card = {
      kind: 'product',
      productId: kaos.productId,
      offerId: kaos.offerId,
      variantId: kaos.variantId,
      name: 'Kaos',
      variantLabel: expect.any(String),
      price: { amount: 45_000, currency: 'IDR' },
      imageUrl,
      productStatus: 'active',
      offerActive: true,
    };
    expect(sent.data).toMatchObject({
      type: 'product_card',
      text: 'masih ada?',
      card,
      preview: '[Product] Kaos masih ada?',
    });
    expect(await live).toEqual(sent.data);

    await api
      .http()
      .patch(`/shops/${shopA.id}/offers/${kaos.offerId}`)
      .set(sellerA.auth)
      .send({ price: { amount: 99_000, currency: 'IDR' }, active: false })
      .expect(200);

    const history = await api
      .http()
      .get(`/chat/rooms/${room.id}/messages`)
      .set(buyer.auth)
      .expect(200);
    expect(history.body.items).toEqual([sent.data]);
    expect(history.body.items[0].card.price).toEqual({ amount: 45_000, currency: 'IDR' });
    const listed = await api.http().get(`/chat/rooms/${room.id}`).set(sellerA.auth).expect(200);
    expect(listed.body.lastMessage).toMatchObject({
      type: 'product_card',
      preview: '[Product] Kaos masih ada?',
      card: { price: { amount: 45_000, currency: 'IDR' } },
    });
  });

  it('sends a catalog product without a price, and refuses unknown or foreign products', async () => {
    const { shopA, shopB, sellerB } = market;
    const batik = await product('Batik', 150_000);
    const foreign = await product('Sarung', 80_000, shopB.id, sellerB);
    const buyer = await signUp(api, 'buyer');
    const room = await openRoom(api, buyer, shopA.id);

    const byProduct = await send(buyer.accessToken, {
      roomId: room.id,
      clientMessageId: clientId(),
      type: 'product_card',
      productId: batik.productId,
    });
    expect(byProduct).toMatchObject({
      ok: true,
      data: {
        type: 'product_card',
        text: '',
        card: { productId: batik.productId, offerId: null, name: 'Batik', price: null },
        preview: '[Product] Batik',
      },
    });

    const refusals: [object, string][] = [
      [{ offerId: foreign.offerId }, 'CHAT.PRODUCT_NOT_FOUND'], // another shop's offer
      [{ productId: '00000000-0000-4000-8000-000000000001' }, 'CHAT.PRODUCT_NOT_FOUND'],
      [{}, 'CHAT.INVALID_CARD'],
      [{ productId: batik.productId, offerId: batik.offerId }, 'CHAT.INVALID_CARD'],
      [{ offerId: batik.offerId, orderId: batik.productId }, 'CHAT.INVALID_CARD'],
    ];
    for (const [references, code] of refusals) {
      const res = await send(buyer.accessToken, {
        roomId: room.id,
        clientMessageId: clientId(),
        type: 'product_card',
        ...references,
      });
      expect({ references, res }).toMatchObject({ res: { ok: false, error: { code } } });
    }
    const unknownType = await send(buyer.accessToken, {
      roomId: room.id,
      clientMessageId: clientId(),
      type: 'system',
      text: 'fake status',
    });
    expect(unknownType).toMatchObject({ ok: false, error: { code: 'REQUEST.VALIDATION_FAILED' } });
    const textless = await send(buyer.accessToken, {
      roomId: room.id,
      clientMessageId: clientId(),
    });
    expect(textless).toMatchObject({ ok: false, error: { code: 'CHAT.INVALID_MESSAGE' } });
  });

  it('snapshots an order of the room’s buyer with its shop, and no one else’s', async () => {
    const { shopA, shopB, sellerA, sellerB } = market;
    const [kaos, sarung] = await Promise.all([
      product('Kaos', 10_000),
      product('Sarung', 20_000, shopB.id, sellerB),
    ]);
    const { buyer, order } = await placedOrder(api, [
      [kaos, 3],
      [sarung, 1],
    ]);
    const part = shopOrderOf(order, shopA.id);
    const imageUrl = await picture(kaos.productId);
    const room = await openRoom(api, buyer, shopA.id);

    const sent = await send(sellerA.accessToken, {
      roomId: room.id,
      clientMessageId: clientId(),
      type: 'order_card',
      orderId: order.id,
    });
    expect(sent).toMatchObject({
      ok: true,
      data: {
        type: 'order_card',
        senderRole: 'seller',
        card: {
          kind: 'order',
          orderId: order.id,
          orderNumber: order.number,
          shopOrderId: part.id,
          status: 'pending_payment',
          total: { amount: part.total, currency: 'IDR' },
          itemCount: 3,
          imageUrl,
          carrier: null,
          trackingNumber: null,
        },
        preview: `[Order] ${order.number}`,
      },
    });

    // Another buyer's order, and an order in which the room's shop had no part.
    const { order: othersOrder } = await placedOrder(api, [[kaos, 1]]);
    const { order: onlyB } = await placedOrder(api, [[sarung, 1]], buyer);
    for (const orderId of [othersOrder.id, onlyB.id]) {
      const res = await send(buyer.accessToken, {
        roomId: room.id,
        clientMessageId: clientId(),
        type: 'order_card',
        orderId,
      });
      expect(res).toMatchObject({ ok: false, error: { code: 'CHAT.ORDER_NOT_FOUND' } });
    }
  });
});
