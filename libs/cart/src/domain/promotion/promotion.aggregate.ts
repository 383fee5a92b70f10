import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Actor, AggregateRoot } from '@pasar/shared/domain';
import {
  CartSubtotals,
  evaluatePromotion,
  PROMOTION_KINDS,
  PromotionKind,
  PromotionTerms,
  availabilityProblem,
} from './promotion-terms';
import {
  InvalidPromotionError,
  PromotionNotApplicableError,
  promotionNotFound,
  UsageLimitBelowUsedError,
} from './promotion.errors';

/** Upper-case letters and digits, then letters, digits, `-` or `_`: 3 to 32 characters. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{2,31}$/;
const CURRENCY = /^[A-Z]{3}$/;
export const MAX_USAGE_LIMIT = 1_000_000_000;

export interface NewPromotion {
  code: string;
  kind: PromotionKind;
  percent?: number | null;
  amount?: number | null;
  currency?: string | null;
  /** A shop promotion: the shop and its owner (who may manage it). */
  shop?: { id: string; ownerId: string } | null;
  minimumSubtotal?: number;
  startsAt: Date;
  endsAt?: Date | null;
  usageLimit?: number | null;
  perBuyerLimit?: number | null;
  active?: boolean;
  createdBy: string;
  now: Date;
}

export interface PromotionChanges {
  active?: boolean;
  /** null: no end. */
  endsAt?: Date | null;
  /** null: unlimited. */
  usageLimit?: number | null;
  perBuyerLimit?: number | null;
}

/**
 * A promo code: percent off, a fixed amount off or free shipping, platform-wide (admins) or for one shop (its
 * seller), with a minimum subtotal, a validity window and optional usage limits. Applying a
 * code counts nothing; each order that uses it is a redemption, counted in `used` by a
 * conditional update (see PromotionUsage), never by this object.
 */
@Entity({ schema: 'cart', tableName: 'promotions' })
// Written as PostgreSQL prints it back, so `migration:create` sees no change.
@Check({
  name: 'promotions_terms_check',
  expression:
    "((kind = 'percent'::text) AND ((percent >= 1) AND (percent <= 100)) AND (amount IS NULL)) OR " +
    "((kind = 'fixed'::text) AND (percent IS NULL) AND (amount > 0) AND (currency IS NOT NULL)) OR " +
    "((kind = 'free_shipping'::text) AND (percent IS NULL) AND (amount IS NULL))",
})
@Check({ name: 'promotions_used_check', expression: 'used >= 0' })
@Check({
  name: 'promotions_usage_limit_check',
  expression: 'usage_limit is null or (usage_limit > 0 and used <= usage_limit)',
})
@Check({
  name: 'promotions_per_buyer_limit_check',
  expression: 'per_buyer_limit is null or per_buyer_limit > 0',
})
@Check({ name: 'promotions_minimum_subtotal_check', expression: 'minimum_subtotal >= 0' })
@Check({ name: 'promotions_window_check', expression: 'ends_at is null or ends_at > starts_at' })
export class Promotion extends AggregateRoot implements PromotionTerms {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  /** Stored upper case; codes are matched case-insensitively. */
  @Property({ type: 'string', length: 32, unique: 'promotions_code_unique' })
  readonly code: string;

  @Enum({ items: () => PROMOTION_KINDS })
  readonly kind: PromotionKind;

  @Property({ type: 'smallint', nullable: true })
  readonly percent: number | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  readonly amount: number | null;

  @Property({ type: 'string', length: 3, nullable: true })
  readonly currency: string | null;

  @Property({ type: 'uuid', nullable: true, index: true })
  readonly shopId: string | null;

  /** The shop's owner (shops never change owner): the seller who manages the promotion. */
  @Property({ type: 'uuid', nullable: true, index: true })
  readonly shopOwnerId: string | null;

  @Property({ type: new BigIntType('number') })
  readonly minimumSubtotal: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly startsAt: Date;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'ends_at',
  })
  private _endsAt: Date | null;

  @Property({ type: 'integer', nullable: true, fieldName: 'usage_limit' })
  private _usageLimit: number | null;

  /** Unreleased redemptions; changed only by conditional SQL updates. */
  @Property({ type: 'integer' })
  readonly used: number = 0;

  @Property({ type: 'integer', nullable: true, fieldName: 'per_buyer_limit' })
  private _perBuyerLimit: number | null;

  @Property({ type: 'boolean', fieldName: 'active' })
  private _active: boolean;

  @Property({ type: 'uuid' })
  readonly createdBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(
    props: NewPromotion & Pick<PromotionTerms, 'percent' | 'amount' | 'currency'>,
  ) {
    super();
    this.id = randomUUID();
    this.code = props.code;
    this.kind = props.kind;
    this.percent = props.percent;
    this.amount = props.amount;
    this.currency = props.currency;
    this.shopId = props.shop?.id ?? null;
    this.shopOwnerId = props.shop?.ownerId ?? null;
    this.minimumSubtotal = props.minimumSubtotal ?? 0;
    this.startsAt = props.startsAt;
    this._endsAt = props.endsAt ?? null;
    this._usageLimit = props.usageLimit ?? null;
    this._perBuyerLimit = props.perBuyerLimit ?? null;
    this._active = props.active ?? true;
    this.createdBy = props.createdBy;
    this.createdAt = props.now;
    this._updatedAt = props.now;
  }

  /** A new promotion; the caller has checked the creator may scope it, and the code is free. */
  static create(props: NewPromotion): Promotion {
    const code = normalizeCode(props.code);
    if (!CODE_PATTERN.test(code)) {
      throw new InvalidPromotionError(
        'code',
        'A code has 3 to 32 letters, digits, - or _, starting with a letter or digit',
      );
    }
    const percent = props.percent ?? null;
    const amount = props.amount ?? null;
    const currency = props.currency ?? null;
    const minimumSubtotal = props.minimumSubtotal ?? 0;
    if (props.kind === 'percent') {
      if (percent === null || !Number.isInteger(percent) || percent < 1 || percent > 100) {
        throw new InvalidPromotionError(
          'percent',
          'A percent promotion takes 1 to 100 percent off',
        );
      }
      if (amount !== null) {
        throw new InvalidPromotionError('amount', 'A percent promotion has no fixed amount');
      }
    } else if (props.kind === 'free_shipping') {
      if (percent !== null) {
        throw new InvalidPromotionError('percent', 'A free-shipping promotion has no percent');
      }
      if (amount !== null) {
        throw new InvalidPromotionError('amount', 'A free-shipping promotion has no amount');
      }
    } else {
      if (amount === null || !Number.isSafeInteger(amount) || amount <= 0) {
        throw new InvalidPromotionError(
          'amount',
          'A fixed promotion takes a positive whole amount of minor units off',
        );
      }
      if (percent !== null) {
        throw new InvalidPromotionError('percent', 'A fixed promotion has no percent');
      }
      if (currency === null) {
        throw new InvalidPromotionError(
          'currency',
          'A fixed promotion needs the currency of its amount',
        );
      }
    }
    if (currency !== null && !CURRENCY.test(currency)) {
      throw new InvalidPromotionError('currency', 'A currency is an ISO 4217 code like IDR');
    }
    if (!Number.isSafeInteger(minimumSubtotal) || minimumSubtotal < 0) {
      throw new InvalidPromotionError(
        'minimumSubtotal',
        'A minimum subtotal is a whole, non-negative number of minor units',
      );
    }
    if (minimumSubtotal > 0 && currency === null) {
      throw new InvalidPromotionError('currency', 'A minimum subtotal needs the currency it is in');
    }
    assertWindow(props.startsAt, props.endsAt ?? null);
    assertLimit('usageLimit', props.usageLimit ?? null);
    assertLimit('perBuyerLimit', props.perBuyerLimit ?? null);
    return new Promotion({ ...props, code, percent, amount, currency, minimumSubtotal });
  }

  get endsAt(): Date | null {
    return this._endsAt;
  }

  get usageLimit(): number | null {
    return this._usageLimit;
  }

  get perBuyerLimit(): number | null {
    return this._perBuyerLimit;
  }

  get active(): boolean {
    return this._active;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** Admins manage every promotion; a seller only those of its shops (else a 404). */
  assertManagedBy(actor: Pick<Actor, 'id' | 'role'>): void {
    if (actor.role !== 'admin' && this.shopOwnerId !== actor.id) throw promotionNotFound(this.id);
  }

  /** Switches it on or off, moves its end, changes its limits. A limit cannot go below `used`. */
  revise(changes: PromotionChanges, now: Date): void {
    if (changes.endsAt !== undefined) assertWindow(this.startsAt, changes.endsAt);
    if (changes.usageLimit !== undefined) {
      assertLimit('usageLimit', changes.usageLimit);
      if (changes.usageLimit !== null && changes.usageLimit < this.used) {
        throw new UsageLimitBelowUsedError(this.used);
      }
    }
    if (changes.perBuyerLimit !== undefined) assertLimit('perBuyerLimit', changes.perBuyerLimit);
    if (changes.active !== undefined) this._active = changes.active;
    if (changes.endsAt !== undefined) this._endsAt = changes.endsAt;
    if (changes.usageLimit !== undefined) this._usageLimit = changes.usageLimit;
    if (changes.perBuyerLimit !== undefined) this._perBuyerLimit = changes.perBuyerLimit;
    this._updatedAt = now;
  }

  /** Throws why the promotion does not apply to the cart of a buyer with `buyerUses` uses. */
  assertAppliesTo(cart: CartSubtotals, now: Date, buyerUses: number): void {
    const outcome = evaluatePromotion(this, cart, now, buyerUses);
    if (!outcome.applies)
      throw new PromotionNotApplicableError(outcome.problem, { code: this.code });
  }

  /** At order placement: still switched on and inside its window (limits are counted in SQL). */
  assertRedeemable(now: Date): void {
    const problem = availabilityProblem(this, now);
    if (problem) throw new PromotionNotApplicableError(problem, { code: this.code });
  }
}

/** How buyers may type a code: any case, surrounding spaces. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

function assertWindow(startsAt: Date, endsAt: Date | null): void {
  if (Number.isNaN(startsAt.getTime())) {
    throw new InvalidPromotionError('startsAt', 'startsAt must be a date');
  }
  if (endsAt !== null && !(endsAt.getTime() > startsAt.getTime())) {
    throw new InvalidPromotionError('endsAt', 'endsAt must be after startsAt');
  }
}

function assertLimit(field: 'usageLimit' | 'perBuyerLimit', limit: number | null): void {
  if (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > MAX_USAGE_LIMIT)) {
    throw new InvalidPromotionError(
      field,
      `${field} must be a whole number from 1 to ${MAX_USAGE_LIMIT}`,
    );
  }
}
