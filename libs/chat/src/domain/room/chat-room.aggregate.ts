import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Actor, AggregateRoot } from '@pasar/shared/domain';
import { BuyerOnlyError, ReadOnlyRoomError, roomNotFound } from './chat.errors';

/** How a user takes part in a room. Admins read any room; they never write. */
export type Participation = 'buyer' | 'seller' | 'admin';

/**
 * A conversation between a buyer and a shop, optionally about one of the buyer's orders.
 * At most one room per (buyer, shop) without order and one per (buyer, shop, order).
 * The seller side is the shop's owner, copied here when the room opens (shops have one owner),
 * with the shop's name at that time.
 */
@Entity({ schema: 'chat', tableName: 'rooms' })
@Index({
  name: 'rooms_buyer_shop_unique',
  expression:
    'create unique index "rooms_buyer_shop_unique" on "chat"."rooms" ("buyer_id", "shop_id") where "order_id" is null',
})
@Index({
  name: 'rooms_buyer_shop_order_unique',
  expression:
    'create unique index "rooms_buyer_shop_order_unique" on "chat"."rooms" ("buyer_id", "shop_id", "order_id") where "order_id" is not null',
})
export class ChatRoom extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly buyerId: string;

  @Property({ type: 'uuid' })
  readonly shopId: string;

  @Property({ type: 'uuid', index: true })
  readonly sellerId: string;

  @Property({ type: 'string', length: 120 })
  readonly shopName: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  readonly orderId: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  private constructor(props: {
    buyerId: string;
    shopId: string;
    sellerId: string;
    shopName: string;
    orderId: string | null;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.buyerId = props.buyerId;
    this.shopId = props.shopId;
    this.sellerId = props.sellerId;
    this.shopName = props.shopName;
    this.orderId = props.orderId;
    this.createdAt = props.now;
  }

  /** A buyer opens a room with a shop (owned by `sellerId`), optionally about an order. */
  static open(props: {
    buyer: Pick<Actor, 'id' | 'role'>;
    shopId: string;
    sellerId: string;
    shopName: string;
    orderId: string | null;
    now: Date;
  }): ChatRoom {
    if (props.buyer.role !== 'buyer') throw new BuyerOnlyError();
    return new ChatRoom({ ...props, buyerId: props.buyer.id });
  }

  /** How the user takes part; strangers get the same 404 as for a room that does not exist. */
  participationOf(user: Pick<Actor, 'id' | 'role'>): Participation {
    if (user.role === 'admin') return 'admin';
    if (user.role === 'buyer' && user.id === this.buyerId) return 'buyer';
    if (user.role === 'seller' && user.id === this.sellerId) return 'seller';
    throw roomNotFound(this.id);
  }

  /** The role the user writes as; admins (and strangers) may not write. */
  writerRole(user: Pick<Actor, 'id' | 'role'>): 'buyer' | 'seller' {
    const participation = this.participationOf(user);
    if (participation === 'admin') throw new ReadOnlyRoomError();
    return participation;
  }

  /** Who else takes part (the buyer or the seller): a message's recipients. */
  otherParticipant(userId: string): string {
    return userId === this.buyerId ? this.sellerId : this.buyerId;
  }
}
