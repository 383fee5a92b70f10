import { randomUUID } from 'node:crypto';
import { QueryBus } from '@nestjs/cqrs';
import { ShopOrderCard } from '@pasar/ordering';
import { Message, SYSTEM_SENDER_ID } from '../../../domain/message/message.aggregate';
import { MessageRepository } from '../../../domain/message/message.repository';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { RoomBroadcaster } from '../../ports/room-broadcaster';
import { MessageCards } from '../../services/message-cards';
import { OrderStatusChange, PostStatusCardCommand } from './post-status-card.command';
import { PostStatusCardHandler } from './post-status-card.handler';

const orderId = randomUUID();
const buyer = { id: randomUUID(), role: 'buyer' as const };
const roomOf = (shopId: string) =>
  ChatRoom.open({
    buyer,
    shopId,
    sellerId: randomUUID(),
    shopName: 'Toko',
    orderId,
    now: new Date(),
  });
const shopA = randomUUID();
const shopB = randomUUID();
const rooms = [roomOf(shopA), roomOf(shopB)];

const current = (shopId: string): ShopOrderCard => ({
  orderId,
  number: 'PSR-7K3M-Q9XD',
  buyerId: buyer.id,
  shopId,
  shopOrderId: randomUUID(),
  status: 'delivered', // already moved on since the event
  total: 30_000,
  currency: 'IDR',
  itemCount: 2,
  firstProductId: null,
  carrier: null,
  trackingNumber: null,
});

function setup() {
  const stored: Message[] = [];
  const messages = {
    findByClientId: jest.fn(
      async (roomId: string, senderId: string, clientId: string) =>
        stored.find(
          (m) => m.roomId === roomId && m.senderId === senderId && m.clientMessageId === clientId,
        ) ?? null,
    ),
    addAll: jest.fn(async (batch: Message[]) => void stored.push(...batch)),
  };
  const broadcaster = { messagePosted: jest.fn().mockResolvedValue(undefined) };
  const queries = {
    execute: jest.fn(async (query: { shopId: string }) => current(query.shopId)),
  };
  const cards = new MessageCards(queries as unknown as QueryBus, {} as never);
  const handler = new PostStatusCardHandler(
    { findAboutOrder: jest.fn().mockResolvedValue(rooms) } as unknown as ChatRoomRepository,
    messages as unknown as MessageRepository,
    cards,
    queries as unknown as QueryBus,
    broadcaster as unknown as RoomBroadcaster,
  );
  return { handler, stored, broadcaster };
}

const shipped: OrderStatusChange = {
  eventId: randomUUID(),
  orderId,
  shopId: shopA,
  status: 'shipped',
  carrier: 'JNE',
  trackingNumber: 'JNE-1',
};

describe('PostStatusCardHandler', () => {
  it('posts into the room of the shop whose part changed, showing the status of the event', async () => {
    const { handler, stored, broadcaster } = setup();
    expect(await handler.execute(new PostStatusCardCommand(shipped))).toEqual({ posted: 1 });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      roomId: rooms[0].id,
      senderId: SYSTEM_SENDER_ID,
      type: 'system',
      clientMessageId: `order-event:${shipped.eventId}`,
      text: 'Order PSR-7K3M-Q9XD was shipped with JNE (tracking JNE-1).',
      card: { status: 'shipped', carrier: 'JNE', trackingNumber: 'JNE-1', itemCount: 2 },
    });
    expect(broadcaster.messagePosted).toHaveBeenCalledWith(
      expect.objectContaining({ id: stored[0].id, roomId: rooms[0].id, type: 'system' }),
    );
  });

  it('posts a whole-order change into every room about the order', async () => {
    const { handler, stored } = setup();
    const paid: OrderStatusChange = {
      eventId: randomUUID(),
      orderId,
      shopId: null,
      status: 'paid',
    };
    expect(await handler.execute(new PostStatusCardCommand(paid))).toEqual({ posted: 2 });
    expect(stored.map((m) => m.roomId)).toEqual(rooms.map((r) => r.id));
  });

  it('posts and broadcasts nothing for an event it already posted', async () => {
    const { handler, stored, broadcaster } = setup();
    await handler.execute(new PostStatusCardCommand(shipped));
    expect(await handler.execute(new PostStatusCardCommand(shipped))).toEqual({ posted: 0 });
    expect(stored).toHaveLength(1);
    expect(broadcaster.messagePosted).toHaveBeenCalledTimes(1);
  });
});
