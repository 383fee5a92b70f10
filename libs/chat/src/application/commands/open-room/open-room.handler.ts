import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GetOrderPartiesQuery } from '@pasar/ordering';
import { GetShopSummaryQuery } from '@pasar/shops';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import { BuyerOnlyError, orderNotFound, shopNotFound } from '../../../domain/room/chat.errors';
import { OpenRoomCommand } from './open-room.command';

@CommandHandler(OpenRoomCommand)
export class OpenRoomHandler implements ICommandHandler<OpenRoomCommand> {
  constructor(
    private readonly rooms: ChatRoomRepository,
    private readonly queries: QueryBus,
  ) {}

  async execute({ actor, shopId, orderId }: OpenRoomCommand): Promise<{
    roomId: string;
    created: boolean;
  }> {
    if (actor.role !== 'buyer') throw new BuyerOnlyError();
    const existing = await this.rooms.findByParties(actor.id, shopId, orderId);
    if (existing) return { roomId: existing.id, created: false };

    const shop = await this.queries.execute(new GetShopSummaryQuery(shopId));
    if (!shop) throw shopNotFound(shopId);
    if (orderId !== null) {
      const order = await this.queries.execute(new GetOrderPartiesQuery(orderId));
      if (!order || order.buyerId !== actor.id || !order.shopIds.includes(shopId)) {
        throw orderNotFound(orderId);
      }
    }
    const room = ChatRoom.open({
      buyer: actor,
      shopId,
      sellerId: shop.ownerId,
      shopName: shop.name,
      orderId,
      now: new Date(),
    });
    try {
      await this.rooms.add(room);
    } catch (error) {
      // A concurrent open of the same room won the unique index: that room is the one.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const winner = await this.rooms.findByParties(actor.id, shopId, orderId);
      if (!winner) throw error;
      return { roomId: winner.id, created: false };
    }
    return { roomId: room.id, created: true };
  }
}
