import { randomUUID } from 'node:crypto';
import { QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GetOrderPartiesQuery } from '@pasar/ordering';
import { GetShopSummaryQuery } from '@pasar/shops';
import { ChatBlockRepository } from '../../../domain/block/chat-block.repository';
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
  const blocks = { blockedAmong: jest.fn(async () => new Set<string>()) };
  const handler = new OpenRoomHandler(
    rooms as unknown as ChatRoomRepository,
    queries as unknown as QueryBus,
    blocks as unknown as ChatBlockRepository,
  );
  return { rooms, handler, blocks };
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

  it('refuses a new room between a buyer and a shop with a block, but answers an existing one', async () => {
    const { rooms, handler, blocks } = setup();
    blocks.blockedAmong.mockResolvedValue(new Set([`${buyer.id}:${shop.id}`]));
    await expect(handler.execute(new OpenRoomCommand(buyer, shop.id, null))).rejects.toMatchObject({
      code: 'CHAT.BLOCKED',
    });
    expect(rooms.add).not.toHaveBeenCalled();
    const existing = ChatRoom.open({
      buyer,
      shopId: shop.id,
      sellerId: shop.ownerId,
      shopName: 'Toko',
      orderId: null,
      now: new Date(),
    });
    rooms.findByParties.mockResolvedValue(existing);
    await expect(handler.execute(new OpenRoomCommand(buyer, shop.id, null))).resolves.toEqual({
      roomId: existing.id,
      created: false,
    });
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

  describe('about an order', () => {
    const seller = { id: shop.ownerId, role: 'seller' as const };

    it('reuses only the room about that order, never the room about no order', async () => {
      const { rooms, handler } = setup();
      const general = { id: randomUUID() };
      rooms.findByParties.mockImplementation(
        async (_b: string, _s: string, order: string | null) => (order === null ? general : null),
      );
      const result = await handler.execute(new OpenRoomCommand(buyer, shop.id, orderId));
      expect(result.created).toBe(true);
      expect(result.roomId).not.toBe(general.id);
      expect(rooms.findByParties).toHaveBeenCalledWith(buyer.id, shop.id, orderId);
      expect(rooms.add.mock.calls[0][0]).toMatchObject({ orderId, buyerId: buyer.id });
    });

    it('lets the seller open it for an order of its shop, with the order’s buyer', async () => {
      const { rooms, handler } = setup();
      const result = await handler.execute(new OpenRoomCommand(seller, shop.id, orderId));
      expect(result.created).toBe(true);
      expect(rooms.add.mock.calls[0][0]).toMatchObject({
        id: result.roomId,
        buyerId: buyer.id,
        sellerId: seller.id,
        shopId: shop.id,
        orderId,
      });
      const existing = { id: randomUUID() };
      rooms.findByParties.mockResolvedValueOnce(existing);
      expect(await handler.execute(new OpenRoomCommand(seller, shop.id, orderId))).toEqual({
        roomId: existing.id,
        created: false,
      });
      expect(rooms.findByParties).toHaveBeenLastCalledWith(buyer.id, shop.id, orderId);
    });

    it('refuses another seller, or an order the shop had no part in, before any room is found', async () => {
      const stranger = { id: randomUUID(), role: 'seller' as const };
      const cases: [{ id: string; role: 'seller' }, unknown][] = [
        [stranger, { orderId, buyerId: buyer.id, shopIds: [shop.id] }],
        [seller, { orderId, buyerId: buyer.id, shopIds: [randomUUID()] }],
        [seller, null],
      ];
      for (const [actor, parties] of cases) {
        const { rooms, handler } = setup(parties);
        rooms.findByParties.mockResolvedValue({ id: randomUUID() });
        await expect(
          handler.execute(new OpenRoomCommand(actor, shop.id, orderId)),
        ).rejects.toMatchObject({ code: 'CHAT.ORDER_NOT_FOUND' });
        expect(rooms.findByParties).not.toHaveBeenCalled();
      }
    });

    it('asks a seller for the order, and refuses admins', async () => {
      const { rooms, handler } = setup();
      await expect(
        handler.execute(new OpenRoomCommand(seller, shop.id, null)),
      ).rejects.toMatchObject({ code: 'CHAT.ORDER_REQUIRED', kind: 'unprocessable' });
      await expect(
        handler.execute(new OpenRoomCommand({ id: randomUUID(), role: 'admin' }, shop.id, orderId)),
      ).rejects.toMatchObject({ code: 'CHAT.BUYERS_ONLY' });
      expect(rooms.add).not.toHaveBeenCalled();
    });
  });
});
