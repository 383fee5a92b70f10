import { randomUUID } from 'node:crypto';
import { ChatRoom } from './chat-room.aggregate';

const buyer = { id: randomUUID(), role: 'buyer' as const };
const sellerId = randomUUID();
const room = () =>
  ChatRoom.open({
    buyer,
    shopId: randomUUID(),
    sellerId,
    shopName: 'Toko',
    orderId: null,
    now: new Date(),
  });

describe('ChatRoom', () => {
  it('is opened by buyers only', () => {
    expect(() =>
      ChatRoom.open({
        buyer: { id: sellerId, role: 'seller' },
        shopId: randomUUID(),
        sellerId,
        shopName: 'Toko',
        orderId: null,
        now: new Date(),
      }),
    ).toThrow(expect.objectContaining({ code: 'CHAT.BUYERS_ONLY' }));
  });

  it('lets its buyer and the shop owner write, admins only read', () => {
    const opened = room();
    expect(opened.writerRole(buyer)).toBe('buyer');
    expect(opened.writerRole({ id: sellerId, role: 'seller' })).toBe('seller');
    expect(opened.participationOf({ id: randomUUID(), role: 'admin' })).toBe('admin');
    expect(() => opened.writerRole({ id: randomUUID(), role: 'admin' })).toThrow(
      expect.objectContaining({ code: 'CHAT.READ_ONLY' }),
    );
  });

  it('answers strangers, and a seller id used as a buyer, with ROOM_NOT_FOUND', () => {
    const opened = room();
    for (const stranger of [
      { id: randomUUID(), role: 'buyer' as const },
      { id: randomUUID(), role: 'seller' as const },
      { id: sellerId, role: 'buyer' as const },
    ]) {
      expect(() => opened.participationOf(stranger)).toThrow(
        expect.objectContaining({ code: 'CHAT.ROOM_NOT_FOUND' }),
      );
    }
  });

  it('names the other participant as the recipient', () => {
    const opened = room();
    expect(opened.otherParticipant(buyer.id)).toBe(sellerId);
    expect(opened.otherParticipant(sellerId)).toBe(buyer.id);
  });
});
