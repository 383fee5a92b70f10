import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One order's use of a promotion, recorded inside the checkout transaction. Released when the
 * order is never paid, which gives the use back (to the total and to the buyer's limit).
 */
@Entity({ schema: 'cart', tableName: 'promotion_redemptions' })
@Index({ name: 'promotion_redemptions_buyer_index', properties: ['promotionId', 'buyerId'] })
@Check({ name: 'promotion_redemptions_discount_check', expression: 'discount >= 0' })
export class PromotionRedemption {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly promotionId: string;

  @Property({ type: 'uuid' })
  readonly buyerId: string;

  @Property({ type: 'uuid', unique: 'promotion_redemptions_order_id_unique' })
  readonly orderId: string;

  /** Minor units the promotion took off the order. */
  @Property({ type: new BigIntType('number') })
  readonly discount: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'released_at',
  })
  private _releasedAt: Date | null = null;

  private constructor(props: {
    promotionId: string;
    buyerId: string;
    orderId: string;
    discount: number;
    now: Date;
  }) {
    this.id = randomUUID();
    this.promotionId = props.promotionId;
    this.buyerId = props.buyerId;
    this.orderId = props.orderId;
    this.discount = props.discount;
    this.createdAt = props.now;
  }

  /** The caller has counted the use (see PromotionUsage.take). */
  static record(props: {
    promotionId: string;
    buyerId: string;
    orderId: string;
    discount: number;
    now: Date;
  }): PromotionRedemption {
    return new PromotionRedemption(props);
  }

  get releasedAt(): Date | null {
    return this._releasedAt;
  }

  /** Gives the use back; false if it already was (the caller then gives nothing back). */
  release(now: Date): boolean {
    if (this._releasedAt !== null) return false;
    this._releasedAt = now;
    return true;
  }
}
