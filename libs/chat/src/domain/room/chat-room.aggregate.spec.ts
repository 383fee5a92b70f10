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

  describe('retention', () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

    it('closes once: a second closing keeps the first closing time', () => {
      const opened = room();
      expect(opened.closedAt).toBeNull();
      expect(opened.close(days(1))).toBe(true);
      expect(opened.close(days(2))).toBe(false);
      expect(opened.closedAt).toEqual(days(1));
    });

    it('purges a room closed for longer than the retention period, once', () => {
      const closed = room();
      closed.close(t0);
      expect(closed.purge(days(365), 365)).toBe(false);
      expect(closed.purge(days(366), 365)).toBe(true);
      expect(closed.purgedAt).toEqual(days(366));
      expect(closed.purge(days(400), 365)).toBe(false);
      expect(closed.purgedAt).toEqual(days(366));
    });

    it('never purges an open room, however old', () => {
      expect(room().purge(days(5000), 365)).toBe(false);
    });

    it('never purges a held room; once the hold is lifted the clock runs from the closing', () => {
      const held = room();
      held.close(t0);
      held.placeHold('dispute', 'Payment dispute dp_1', days(10));
      expect(held.purge(days(900), 365)).toBe(false);
      expect(held.releaseHold('dispute')).toBe(true);
      expect(held.purge(days(366), 365)).toBe(true);
    });

    it('lets a dispute hold a room once and lift only its own hold', () => {
      const disputed = room();
      expect(disputed.placeHold('dispute', ' Payment dispute dp_1 ', t0)).toBe(true);
      expect(disputed.placeHold('dispute', 'Payment dispute dp_2', days(1))).toBe(false);
      expect(disputed.hold).toEqual({
        reason: 'Payment dispute dp_1',
        source: 'dispute',
        heldAt: t0,
      });
      expect(disputed.releaseHold('dispute')).toBe(true);
      expect(disputed.releaseHold('dispute')).toBe(false);
      expect(disputed.hold).toBeNull();
    });

    it('gives an admin’s hold the last word: a dispute neither replaces nor lifts it', () => {
      const held = room();
      held.placeHold('dispute', 'Payment dispute dp_1', t0);
      expect(held.placeHold('admin', 'Legal request 114', days(1))).toBe(true);
      expect(held.placeHold('admin', 'Legal request 114', days(2))).toBe(false);
      expect(held.placeHold('dispute', 'Payment dispute dp_2', days(3))).toBe(false);
      expect(held.releaseHold('dispute')).toBe(false);
      expect(held.hold).toEqual({ reason: 'Legal request 114', source: 'admin', heldAt: days(1) });
      expect(held.releaseHold('admin')).toBe(true);
      expect(held.hold).toBeNull();
    });

    it('refuses a hold without a reason, or with one too long', () => {
      for (const reason of ['', '   ', 'x'.repeat(501)]) {
        expect(() => room().placeHold('admin', reason, t0)).toThrow(
          expect.objectContaining({
            code: 'CHAT.INVALID_HOLD_REASON',
            details: { field: 'reason', maxLength: 500 },
          }),
        );
      }
    });
  });
});
