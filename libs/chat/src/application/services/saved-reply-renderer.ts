import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetOrderHeadersQuery } from '@pasar/ordering';
import { Actor } from '@pasar/shared';
import { RoomParties } from '../../domain/room/room-parties';
import { renderTemplate } from '../../domain/seller-tools/reply-template';
import { SavedReplyRepository } from '../../domain/seller-tools/saved-reply.repository';
import { savedReplyNotFound } from '../../domain/seller-tools/seller-tools.errors';
import { RoomAccess } from './room-access';
import { SenderNames } from './sender-names';

/** A shop's saved reply filled in for one of its rooms, for the room's seller only. */
@Injectable()
export class SavedReplyRenderer {
  constructor(
    private readonly access: RoomAccess,
    private readonly replies: SavedReplyRepository,
    private readonly names: SenderNames,
    private readonly queries: QueryBus,
  ) {}

  /** The room's seller's text for the reply; a reply of another shop is not found. */
  async render(
    actor: Pick<Actor, 'id' | 'role'>,
    roomId: string,
    replyId: string,
  ): Promise<{ room: RoomParties; text: string }> {
    const { room } = await this.access.readable(actor, roomId);
    if (room.writerRole(actor) !== 'seller') throw savedReplyNotFound(replyId);
    const reply = await this.replies.findInShop(room.shopId, replyId);
    if (!reply) throw savedReplyNotFound(replyId);
    const text = renderTemplate(reply.body, {
      buyer_name: await this.names.nameOf(room.buyerId),
      shop_name: room.shopName,
      order_number: await this.orderNumber(room),
    });
    return { room, text };
  }

  private async orderNumber(room: RoomParties): Promise<string | null> {
    if (room.orderId === null) return null;
    const [header] = await this.queries.execute(
      new GetOrderHeadersQuery([{ orderId: room.orderId, shopId: room.shopId }]),
    );
    return header?.number ?? null;
  }
}
