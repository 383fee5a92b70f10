import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Actor } from '@pasar/shared/domain';
import { RoomParties } from '../room/room-parties';

/** Who placed a block: the buyer (blocking the shop) or the shop's seller (blocking the buyer). */
export const BLOCK_SIDES = ['buyer', 'shop'] as const;
export type BlockSide = (typeof BLOCK_SIDES)[number];

/**
 * A block between a buyer and a shop, placed by one side. While one exists (either side's), no
 * new messages go between them in any of their rooms and no new room opens; history stays.
 */
@Entity({ schema: 'chat', tableName: 'blocks' })
@Unique({ name: 'blocks_buyer_shop_side_unique', properties: ['buyerId', 'shopId', 'side'] })
export class ChatBlock {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = randomUUID();

  @Property({ type: 'uuid' })
  readonly buyerId: string;

  @Property({ type: 'uuid' })
  readonly shopId: string;

  @Enum({ items: () => BLOCK_SIDES })
  readonly side: BlockSide;

  /** The user who placed it (the buyer, or the shop's seller). */
  @Property({ type: 'uuid', index: true })
  readonly placedBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  private constructor(
    buyerId: string,
    shopId: string,
    side: BlockSide,
    placedBy: string,
    now: Date,
  ) {
    this.buyerId = buyerId;
    this.shopId = shopId;
    this.side = side;
    this.placedBy = placedBy;
    this.createdAt = now;
  }

  /** A participant of the room blocks the other side (admins only read: CHAT.READ_ONLY). */
  static place(room: RoomParties, actor: Pick<Actor, 'id' | 'role'>, now: Date): ChatBlock {
    const side = ChatBlock.sideOf(room, actor);
    return new ChatBlock(room.buyerId, room.shopId, side, actor.id, now);
  }

  /** The side a participant blocks from. */
  static sideOf(room: RoomParties, actor: Pick<Actor, 'id' | 'role'>): BlockSide {
    return room.writerRole(actor) === 'buyer' ? 'buyer' : 'shop';
  }
}
