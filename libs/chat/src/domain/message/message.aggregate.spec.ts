import { randomUUID } from 'node:crypto';
import { CHAT_MESSAGE_POSTED } from '../../contracts/chat.events';
import { CONTACT_MASK, screenContacts } from '../contact-filter/contact-detector';
import { ChatRoom } from '../room/chat-room.aggregate';
import { Message } from './message.aggregate';

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

const post = (text: string, sender: { id: string; role: 'buyer' | 'seller' | 'admin' } = buyer) =>
  Message.post({
    room,
    sender,
    senderName: 'Ana',
    clientMessageId: 'c-1',
    text,
    maxLength: 10,
    recipientOnline: (userId) => userId === sellerId,
    now: new Date('2026-11-24T10:00:00Z'),
  });

describe('Message', () => {
  it('trims the text and records chat.message-posted for the other participant, its number left to the store', () => {
    const message = post('  halo  ');
    expect(message.text).toBe('halo');
    expect(message.senderRole).toBe('buyer');
    expect(message.seq).toBe(0);
    const [event] = message.peekEvents();
    expect(event.type).toBe(CHAT_MESSAGE_POSTED);
    expect(event.payload).toEqual({
      messageId: message.id,
      roomId: room.id,
      shopId: room.shopId,
      buyerId: buyer.id,
      orderId: room.orderId,
      senderId: buyer.id,
      senderName: 'Ana',
      messageType: 'text',
      text: 'halo',
      automatic: false,
      masked: false,
      sentAt: '2026-11-24T10:00:00.000Z',
      recipients: [{ userId: sellerId, online: true }],
    });
  });

  it('marks an automatic reply as such, on the message and in its event', () => {
    const reply = Message.post({
      room,
      sender: { id: sellerId, role: 'seller' },
      senderName: 'Toko',
      clientMessageId: 'auto-reply:1',
      text: 'away',
      maxLength: 10,
      recipientOnline: () => false,
      now: new Date(),
      automatic: true,
    });
    expect(reply.automatic).toBe(true);
    expect(postedEvent(reply)).toMatchObject({ automatic: true, senderId: sellerId });
    expect(post('halo').automatic).toBe(false);
  });

  it('rejects empty, oversized and NUL-bearing text with CHAT.INVALID_MESSAGE', () => {
    for (const text of ['', '   ', 'x'.repeat(11), 'a\u0000b']) {
      expect(() => post(text)).toThrow(
        expect.objectContaining({
          code: 'CHAT.INVALID_MESSAGE',
          details: expect.objectContaining({ field: 'text' }),
        }),
      );
    }
    expect(post('x'.repeat(10)).text).toHaveLength(10);
  });

  it('is written by the seller as seller, never by an admin', () => {
    expect(post('ok', { id: sellerId, role: 'seller' }).senderRole).toBe('seller');
    expect(() => post('hi', { id: randomUUID(), role: 'admin' })).toThrow(
      expect.objectContaining({ code: 'CHAT.READ_ONLY' }),
    );
  });

  it('keeps the original text and stores the masked one, which its event carries', () => {
    const rules = { kinds: ['email' as const], allowedHosts: [] };
    const message = Message.post({
      room,
      sender: buyer,
      senderName: 'Ana',
      clientMessageId: 'c-2',
      text: ' ana@x.co ',
      maxLength: 50,
      recipientOnline: () => false,
      screen: (text) => screenContacts(text, rules),
      now: new Date(),
    });
    expect(message.text).toBe('ana@x.co');
    expect(message.maskedText).toBe(CONTACT_MASK);
    expect(message.maskedKinds).toEqual(['email']);
    expect(postedEvent(message)).toMatchObject({ text: CONTACT_MASK, masked: true });
    expect(post('halo').maskedText).toBeNull();
  });
});
