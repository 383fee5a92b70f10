import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GetOrderPartiesQuery } from '@pasar/ordering';
import { GetShopSummaryQuery } from '@pasar/shops';
import { BlockedError } from '../../../domain/block/block.errors';
import { ChatBlockRepository, pairKey } from '../../../domain/block/chat-block.repository';
import { ChatRoom } from '../../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../../domain/room/chat-room.repository';
import {
  BuyerOnlyError,
  orderNotFound,
  OrderRequiredError,
  shopNotFound,
} from '../../../domain/room/chat.errors';
import { OpenRoomCommand } from './open-room.command';

@CommandHandler(OpenRoomCommand)
export class OpenRoomHandler implements ICommandHandler<OpenRoomCommand> {
  constructor(
    private readonly rooms: ChatRoomRepository,
    private readonly queries: QueryBus,
    private readonly blocks: ChatBlockRepository,
  ) {}

  async execute(command: OpenRoomCommand): Promise<{ roomId: string; created: boolean }> {
    const { shopId, orderId } = command;
    const buyerId = await this.buyerOf(command);
    const existing = await this.rooms.findByParties(buyerId, shopId, orderId);
    if (existing) return { roomId: existing.id, created: false };
    // A block between them (either side's) keeps their existing rooms readable, opens no new one.
    const blocked = await this.blocks.blockedAmong([{ buyerId, shopId }]);
    if (blocked.has(pairKey({ buyerId, shopId }))) throw new BlockedError();

    const shop = await this.queries.execute(new GetShopSummaryQuery(shopId));
    if (!shop) throw shopNotFound(shopId);
    if (orderId !== null) {
      const order = await this.queries.execute(new GetOrderPartiesQuery(orderId));
      if (!order || order.buyerId !== buyerId || !order.shopIds.includes(shopId)) {
        throw orderNotFound(orderId);
      }
    }
    const room = ChatRoom.open({
      buyer: { id: buyerId, role: 'buyer' },
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
      const winner = await this.rooms.findByParties(buyerId, shopId, orderId);
      if (!winner) throw error;
      return { roomId: winner.id, created: false };
    }
    return { roomId: room.id, created: true };
  }

  /**
   * Whose room it is: a buyer's own. A seller opens only rooms about an order its shop sold,
   * with that order's buyer; any other order (or another seller's shop) is the same 404, checked
   * before an existing room is answered.
   */
  private async buyerOf({ actor, shopId, orderId }: OpenRoomCommand): Promise<string> {
    if (actor.role === 'buyer') return actor.id;
    if (actor.role !== 'seller') throw new BuyerOnlyError();
    if (orderId === null) throw new OrderRequiredError();
    const [order, shop] = await Promise.all([
      this.queries.execute(new GetOrderPartiesQuery(orderId)),
      this.queries.execute(new GetShopSummaryQuery(shopId)),
    ]);
    if (!order || !shop || shop.ownerId !== actor.id || !order.shopIds.includes(shopId)) {
      throw orderNotFound(orderId);
    }
    return order.buyerId;
  }
}
