import { randomUUID } from 'node:crypto';
import { QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GetOrderPartiesQuery } from '@pasar/ordering';
import { GetShopSummaryQuery } from '@pasar/shops';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { OpenRoomCommand } from './open-room.command';
import { OpenRoomHandler } from './open-room.handler';

const buyer = { id: randomUUID(), role: 'buyer' as const };
const shop = { id: randomUUID(), ownerId: randomUUID(), slug: 'toko', name: 'Toko', active: true };
const orderId = randomUUID();

function setup(orderParties: unknown = { orderId, buyerId: buyer.id, shopIds: [shop.id] }) {
  const rooms = {
    findById: jest.fn(),
    findByParties: jest.fn().mockResolvedValue(null),
    add: jest.fn().mockResolvedValue(undefined),
  };
  const queries = {
    execute: jest.fn(async (query: object) => {
      if (query instanceof GetShopSummaryQuery) return query.shopId === shop.id ? shop : null;
      if (query instanceof GetOrderPartiesQuery) return orderParties;
      throw new Error('unexpected query');
    }),
  };
  const handler = new OpenRoomHandler(
    rooms as unknown as ChatRoomRepository,
    queries as unknown as QueryBus,
  );
  return { rooms, handler };
}

describe('OpenRoomHandler', () => {
  it('opens a room with the shop owner as the seller side', async () => {
    const { rooms, handler } = setup();
    const result = await handler.execute(new OpenRoomCommand(buyer, shop.id, null));
    expect(result.created).toBe(true);
    const room = rooms.add.mock.calls[0][0] as ChatRoom;
    expect(room).toMatchObject({ id: result.roomId, sellerId: shop.ownerId, shopName: 'Toko' });
  });

  it('answers the existing room without opening another', async () => {
    const { rooms, handler } = setup();
    const existing = { id: randomUUID() };
    rooms.findByParties.mockResolvedValueOnce(existing);
    expect(await handler.execute(new OpenRoomCommand(buyer, shop.id, null))).toEqual({
      roomId: existing.id,
      created: false,
    });
    expect(rooms.add).not.toHaveBeenCalled();
  });

  it('refuses an unknown shop, and an order that is not the buyer’s from that shop', async () => {
    await expect(
      setup().handler.execute(new OpenRoomCommand(buyer, randomUUID(), null)),
    ).rejects.toMatchObject({ code: 'CHAT.SHOP_NOT_FOUND' });
    for (const parties of [
      null,
      { orderId, buyerId: randomUUID(), shopIds: [shop.id] },
      { orderId, buyerId: buyer.id, shopIds: [randomUUID()] },
    ]) {
      await expect(
        setup(parties).handler.execute(new OpenRoomCommand(buyer, shop.id, orderId)),
      ).rejects.toMatchObject({ code: 'CHAT.ORDER_NOT_FOUND' });
    }
  });

  it('answers the winner’s room when a concurrent open won the unique index', async () => {
    const { rooms, handler } = setup();
    const winner = { id: randomUUID() };
    rooms.add.mockRejectedValueOnce(new UniqueConstraintViolationException(new Error('dup')));
    rooms.findByParties.mockResolvedValueOnce(null).mockResolvedValueOnce(winner);
    expect(await handler.execute(new OpenRoomCommand(buyer, shop.id, null))).toEqual({
      roomId: winner.id,
      created: false,
    });
  });
});
