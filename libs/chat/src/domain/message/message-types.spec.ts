import { randomUUID } from 'node:crypto';
import { ChatRoom } from '../room/chat-room.aggregate';
import { ImageCard, OrderCard, ProductCard } from './message-card';
import { Message, MessageContent, SYSTEM_SENDER_ID } from './message.aggregate';

/** The chat.message-posted payload the message records when posted (the store adds `seq`). */
function postedEvent(message: Message) {
  return message.peekEvents()[0].payload;
}

const buyer = { id: randomUUID(), role: 'buyer' as const };
const sellerId = randomUUID();
const room = ChatRoom.open({
  buyer,
  shopId: randomUUID(),
  sellerId,
  shopName: 'Toko',
  orderId: randomUUID(),
  now: new Date(),
});

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
const order: OrderCard = {
  kind: 'order',
  orderId: room.orderId!,
  orderNumber: 'PSR-7K3M-Q9XD',
  shopOrderId: randomUUID(),
  status: 'shipped',
  total: { amount: 25_000, currency: 'IDR' },
  itemCount: 2,
  imageUrl: null,
  carrier: 'JNE',
  trackingNumber: 'JNE-1',
};
const image: ImageCard = {
  kind: 'image',
  attachmentId: randomUUID(),
  url: 'http://localhost/media/chat/x.jpg',
  contentType: 'image/jpeg',
  size: 100,
};

const post = (text: string, content?: MessageContent) =>
  Message.post({
    room,
    sender: buyer,
    senderName: 'Ana',
    clientMessageId: 'c-1',
    text,
    content,
    maxLength: 10,
    recipientOnline: () => false,
    now: new Date('2026-11-24T10:00:00Z'),
  });

describe('Message types', () => {
  it('is a text message without a card by default', () => {
    const message = post('halo');
    expect([message.type, message.card]).toEqual(['text', null]);
    expect(postedEvent(message)).toMatchObject({ messageType: 'text', text: 'halo' });
  });

  it('carries a card with an optional caption, and previews it in its event', () => {
    const bare = post('  ', { type: 'product_card', card: product });
    expect([bare.type, bare.text, bare.card]).toEqual(['product_card', '', product]);
    expect(postedEvent(bare)).toMatchObject({
      messageType: 'product_card',
      text: '[Product] Kaos Polos',
    });
    const captioned = post(' lihat ', { type: 'image', card: image });
    expect(captioned.text).toBe('lihat');
    expect(postedEvent(captioned)).toMatchObject({ text: '[Image] lihat' });
    expect(postedEvent(post('', { type: 'order_card', card: order }))).toMatchObject({
      text: '[Order] PSR-7K3M-Q9XD',
    });
  });

  it('still checks a caption: too long or NUL-bearing is CHAT.INVALID_MESSAGE', () => {
    for (const text of ['x'.repeat(11), 'a\u0000b']) {
      expect(() => post(text, { type: 'image', card: image })).toThrow(
        expect.objectContaining({ code: 'CHAT.INVALID_MESSAGE' }),
      );
    }
  });

  it('rejects a card that does not fit the type with CHAT.INVALID_CARD', () => {
    const cases: MessageContent[] = [
      { type: 'text', card: product },
      { type: 'image', card: null },
      { type: 'image', card: product },
      { type: 'product_card', card: order },
      { type: 'order_card', card: image },
    ];
    for (const content of cases) {
      expect(() => post('hi', content)).toThrow(
        expect.objectContaining({ code: 'CHAT.INVALID_CARD', details: { field: 'type' } }),
      );
    }
  });

  it('lets no participant write a system message', () => {
    expect(() => post('hi', { type: 'system', card: order })).toThrow(
      expect.objectContaining({ code: 'CHAT.INVALID_CARD' }),
    );
  });

  it('writes system messages as the platform, with an order card and no chat event', () => {
    const message = Message.system({
      room,
      clientMessageId: 'order-event:e-1',
      text: 'Order PSR-7K3M-Q9XD was shipped.',
      card: order,
      now: new Date(),
    });
    expect(message).toMatchObject({
      type: 'system',
      senderId: SYSTEM_SENDER_ID,
      senderRole: 'system',
      card: order,
    });
    expect(message.peekEvents()).toEqual([]);
    expect(() =>
      Message.system({ room, clientMessageId: 'x', text: 'x', card: image, now: new Date() }),
    ).toThrow(expect.objectContaining({ code: 'CHAT.INVALID_CARD' }));
  });
});
