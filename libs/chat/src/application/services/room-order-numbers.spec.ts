import { randomUUID } from 'node:crypto';
import { QueryBus } from '@nestjs/cqrs';
import { ChatRoom } from '../../domain/room/chat-room.aggregate';
import { RoomOrderNumbers } from './room-order-numbers';

const roomAbout = (orderId: string | null) =>
  ChatRoom.open({
    buyer: { id: randomUUID(), role: 'buyer' },
    shopId: randomUUID(),
    sellerId: randomUUID(),
    shopName: 'Toko',
    orderId,
    now: new Date(),
  });
const rules = { kinds: ['phone' as const], allowedHosts: [] };

describe('RoomOrderNumbers', () => {
  it('asks once, only for rooms about an order whose text holds something to mask', async () => {
    const about = roomAbout(randomUUID());
    const quiet = roomAbout(randomUUID());
    const general = roomAbout(null);
    const queries = {
      execute: jest.fn(async () => [
        {
          orderId: about.orderId,
          shopId: about.shopId,
          number: 'PSR-AAAA-BBBB',
          trackingNumber: '0012345678901',
        },
      ]),
    };
    const numbers = new RoomOrderNumbers(queries as unknown as QueryBus);
    const allowed = await numbers.allowedIn(
      [
        { room: about, text: 'resi 0012345678901' },
        { room: quiet, text: 'terima kasih' },
        { room: general, text: 'wa 0812 3456 7890' },
      ],
      rules,
    );
    expect(allowed).toEqual(new Map([[about.id, ['PSR-AAAA-BBBB', '0012345678901']]]));
    expect(queries.execute).toHaveBeenCalledTimes(1);
    expect(queries.execute).toHaveBeenCalledWith(
      expect.objectContaining({ refs: [{ orderId: about.orderId, shopId: about.shopId }] }),
    );
  });

  it('asks nothing when no draft needs it', async () => {
    const queries = { execute: jest.fn() };
    const numbers = new RoomOrderNumbers(queries as unknown as QueryBus);
    const allowed = await numbers.allowedIn([{ room: roomAbout(randomUUID()), text: 'ok' }], rules);
    expect(allowed.size).toBe(0);
    expect(queries.execute).not.toHaveBeenCalled();
  });
});
