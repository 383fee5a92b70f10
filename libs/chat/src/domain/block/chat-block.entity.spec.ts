import { randomUUID } from 'node:crypto';
import { ChatRoom } from '../room/chat-room.aggregate';
import { ChatBlock } from './chat-block.entity';

const buyer = { id: randomUUID(), role: 'buyer' as const };
const seller = { id: randomUUID(), role: 'seller' as const };
const room = ChatRoom.open({
  buyer,
  shopId: randomUUID(),
  sellerId: seller.id,
  shopName: 'Toko',
  orderId: null,
  now: new Date(),
});

describe('ChatBlock', () => {
  it('is placed by the buyer against the shop, or by the seller against the buyer', () => {
    expect(ChatBlock.place(room, buyer, new Date())).toMatchObject({
      buyerId: buyer.id,
      shopId: room.shopId,
      side: 'buyer',
      placedBy: buyer.id,
    });
    expect(ChatBlock.place(room, seller, new Date())).toMatchObject({
      buyerId: buyer.id,
      side: 'shop',
      placedBy: seller.id,
    });
  });

  it('is not placed by admins or strangers', () => {
    expect(() => ChatBlock.place(room, { id: randomUUID(), role: 'admin' }, new Date())).toThrow(
      expect.objectContaining({ code: 'CHAT.READ_ONLY' }),
    );
    expect(() => ChatBlock.place(room, { id: randomUUID(), role: 'buyer' }, new Date())).toThrow(
      expect.objectContaining({ code: 'CHAT.ROOM_NOT_FOUND' }),
    );
  });
});
