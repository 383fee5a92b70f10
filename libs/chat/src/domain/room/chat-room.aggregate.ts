import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Actor, AggregateRoot } from '@pasar/shared/domain';
import { BuyerOnlyError, InvalidHoldReasonError } from './chat.errors';
import { Participation, RoomParties } from './room-parties';

export type { Participation } from './room-parties';

/** Who put a room on hold: a payment dispute of its order, or an admin. */
export const HOLD_SOURCES = ['dispute', 'admin'] as const;
export type HoldSource = (typeof HOLD_SOURCES)[number];

/** Longest hold reason, in characters. */
export const MAX_HOLD_REASON = 500;

const DAY_MS = 86_400_000;

/**
 * A conversation between a buyer and a shop, optionally about one of the buyer's orders.
 * At most one room per (buyer, shop) without order and one per (buyer, shop, order).
 * The seller side is the shop's owner, copied here when the room opens (shops have one owner),
 * with the shop's name at that time.
 *
 * Retention: a room is closed when its order's part reaches a final state or after a long idle
 * time, and reopened by the next message (the message writer clears `closed_at` in its
 * transaction). A room closed for longer than the retention period loses its messages and read
 * markers (`purged_at`); the room itself stays as an empty shell, so its ids stay valid and its
 * parties can write again. A room on hold (a disputed order, or an admin's) is never purged.
 */
@Entity({ schema: 'chat', tableName: 'rooms' })
@Index({
  name: 'rooms_buyer_shop_unique',
  expression:
    'create unique index "rooms_buyer_shop_unique" on "chat"."rooms" ("buyer_id", "shop_id") where "order_id" is null',
})
@Index({
  name: 'rooms_purge_due_index',
  expression:
    'create index "rooms_purge_due_index" on "chat"."rooms" ("closed_at") where "closed_at" is not null and "held_at" is null and "purged_at" is null',
})
@Index({
  name: 'rooms_open_created_at_index',
  expression:
    'create index "rooms_open_created_at_index" on "chat"."rooms" ("created_at") where "closed_at" is null',
})
@Index({ name: 'rooms_order_id_index', properties: ['orderId'] })
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

  @Property({ type: 'uuid', index: true })
  readonly shopId: string;

  @Property({ type: 'uuid', index: true })
  readonly sellerId: string;

  @Property({ type: 'string', length: 120 })
  readonly shopName: string;

  @Property({ type: 'uuid', nullable: true })
  readonly orderId: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  /**
   * The number of the room's newest message (0 when it has none). Only the message insert moves
   * it, with one conditional update that also locks the room until the messages commit.
   */
  @Property({ type: 'integer', default: 0 })
  readonly lastSeq: number = 0;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'closed_at',
  })
  private _closedAt: Date | null = null;

  @Property({ type: 'string', length: MAX_HOLD_REASON, nullable: true, fieldName: 'hold_reason' })
  private _holdReason: string | null = null;

  @Enum({ items: () => HOLD_SOURCES, nullable: true, fieldName: 'hold_source' })
  private _holdSource: HoldSource | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'held_at',
  })
  private _heldAt: Date | null = null;

  /** When retention last deleted the room's messages and read markers. */
  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'purged_at',
  })
  private _purgedAt: Date | null = null;

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

  /** Who the room joins and what it is about (never changes once it is open). */
  get parties(): RoomParties {
    return new RoomParties(
      this.id,
      this.buyerId,
      this.shopId,
      this.sellerId,
      this.shopName,
      this.orderId,
    );
  }

  /** How the user takes part; strangers get the same 404 as for a room that does not exist. */
  participationOf(user: Pick<Actor, 'id' | 'role'>): Participation {
    return this.parties.participationOf(user);
  }

  /** The role the user writes as; admins (and strangers) may not write. */
  writerRole(user: Pick<Actor, 'id' | 'role'>): 'buyer' | 'seller' {
    return this.parties.writerRole(user);
  }

  /** Who else takes part (the buyer or the seller): a message's recipients. */
  otherParticipant(userId: string): string {
    return this.parties.otherParticipant(userId);
  }

  get closedAt(): Date | null {
    return this._closedAt;
  }

  get hold(): { reason: string; source: HoldSource; heldAt: Date } | null {
    if (this._heldAt === null) return null;
    return { reason: this._holdReason!, source: this._holdSource!, heldAt: this._heldAt };
  }

  get purgedAt(): Date | null {
    return this._purgedAt;
  }

  /** Closes the room at `at` (its order settled). False when it was closed already. */
  close(at: Date): boolean {
    if (this._closedAt !== null) return false;
    this._closedAt = at;
    return true;
  }

  /**
   * Puts the room on hold so retention never purges it. An admin's hold replaces any hold (and
   * its reason); a dispute's never replaces an admin's, nor an earlier dispute's. False when
   * nothing changed.
   */
  placeHold(source: HoldSource, reason: string, now: Date): boolean {
    const text = reason.trim();
    if (text.length === 0 || text.length > MAX_HOLD_REASON) {
      throw new InvalidHoldReasonError(MAX_HOLD_REASON);
    }
    if (this._heldAt !== null && source === 'dispute') return false;
    if (this._holdSource === source && this._holdReason === text) return false;
    this._holdReason = text;
    this._holdSource = source;
    this._heldAt = now;
    return true;
  }

  /**
   * Lifts the hold: an admin lifts any hold, a closed dispute only the hold a dispute placed.
   * The retention clock then runs from `closed_at` as usual. False when nothing changed.
   */
  releaseHold(source: HoldSource): boolean {
    if (this._heldAt === null || (source === 'dispute' && this._holdSource !== 'dispute')) {
      return false;
    }
    this._holdReason = null;
    this._holdSource = null;
    this._heldAt = null;
    return true;
  }

  /**
   * Retention: the room's history is deleted (by the caller) when it has been closed for more
   * than `retentionDays` at `now`, is not on hold and was not purged since it closed. Returns
   * whether the room is to be purged, and marks it purged then.
   */
  purge(now: Date, retentionDays: number): boolean {
    if (this._closedAt === null || this._heldAt !== null || this._purgedAt !== null) return false;
    if (now.getTime() - this._closedAt.getTime() <= retentionDays * DAY_MS) return false;
    this._purgedAt = now;
    return true;
  }
}
