import { randomUUID } from 'node:crypto';
import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { CartLine } from './cart-line.entity';
import {
  CartCurrencyMismatchError,
  InvalidQuantityError,
  LineLimitError,
  lineNotFound,
  QuantityLimitError,
} from './cart.errors';

export const MAX_LINES = 100;
export const MAX_QUANTITY = 999;

/** An offer as the cart takes it: checked sellable by the caller, with its current currency. */
export interface CartOffer {
  offerId: string;
  shopId: string;
  variantId: string;
  currency: string;
}

/**
 * A buyer's cart across shops: one line per offer, all in one currency, and at most one
 * promotion code. It holds no prices (pricing reads the offers as they are now) and reserves
 * nothing; the caller checks each offer is sellable when it is added or changed.
 */
@Entity({ schema: 'cart', tableName: 'carts' })
export class Cart extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', unique: 'carts_buyer_id_unique' })
  readonly buyerId: string;

  /** The currency of every line; null while the cart is empty. */
  @Property({ type: 'string', length: 3, nullable: true, fieldName: 'currency' })
  private _currency: string | null = null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'promotion_id' })
  private _promotionId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  @OneToMany({
    entity: () => CartLine,
    mappedBy: 'cart',
    orphanRemoval: true,
    orderBy: { addedAt: 'asc', id: 'asc' },
  })
  readonly lines = new Collection<CartLine>(this);

  private constructor(buyerId: string, now: Date) {
    super();
    this.id = randomUUID();
    this.buyerId = buyerId;
    this.createdAt = now;
    this._updatedAt = now;
  }

  /** A buyer's first, empty cart. */
  static open(buyerId: string, now: Date): Cart {
    return new Cart(buyerId, now);
  }

  get currency(): string | null {
    return this._currency;
  }

  get promotionId(): string | null {
    return this._promotionId;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** The line, or CART.LINE_NOT_FOUND. */
  line(lineId: string): CartLine {
    const line = this.lines.getItems().find((l) => l.id === lineId);
    if (!line) throw lineNotFound(lineId);
    return line;
  }

  /**
   * What the offer's line would hold after adding `quantity` (the amount the stock must cover),
   * or the error adding would raise (bad quantity, line above the maximum, too many lines).
   */
  quantityAfterAdding(offerId: string, quantity: number): number {
    assertLineQuantity(quantity);
    const existing = this.lineOf(offerId);
    if (!existing) {
      if (this.lines.length >= MAX_LINES) throw new LineLimitError(MAX_LINES);
      return quantity;
    }
    if (existing.quantity + quantity > MAX_QUANTITY) {
      throw new QuantityLimitError(MAX_QUANTITY, existing.quantity);
    }
    return existing.quantity + quantity;
  }

  /** Adds units of an offer; an offer already in the cart gets them added to its line. */
  addLine(offer: CartOffer, quantity: number, now: Date): CartLine {
    const total = this.quantityAfterAdding(offer.offerId, quantity);
    const existing = this.lineOf(offer.offerId);
    this.takeCurrency(offer.currency, existing?.id);
    const line = existing ?? new CartLine(this, offer, quantity, now);
    if (existing) existing.setQuantity(total);
    else this.lines.add(line);
    this._updatedAt = now;
    return line;
  }

  /** Sets a line's quantity; `currency` is its offer's currency now. */
  changeQuantity(lineId: string, quantity: number, currency: string, now: Date): void {
    const line = this.line(lineId);
    assertLineQuantity(quantity);
    this.takeCurrency(currency, line.id);
    line.setQuantity(quantity);
    this._updatedAt = now;
  }

  removeLine(lineId: string, now: Date): void {
    this.lines.remove(this.line(lineId));
    if (this.lines.length === 0) this._currency = null;
    this._updatedAt = now;
  }

  /** The caller has checked the promotion applies to the cart as it is. */
  applyPromotion(promotionId: string, now: Date): void {
    this._promotionId = promotionId;
    this._updatedAt = now;
  }

  /** False when there was none. */
  removePromotion(now: Date): boolean {
    if (this._promotionId === null) return false;
    this._promotionId = null;
    this._updatedAt = now;
    return true;
  }

  private lineOf(offerId: string): CartLine | undefined {
    return this.lines.getItems().find((l) => l.offerId === offerId);
  }

  /** Every other line must share the currency; the cart then is in it. */
  private takeCurrency(currency: string, ownLineId?: string): void {
    const others = this.lines.getItems().filter((l) => l.id !== ownLineId);
    if (others.length > 0 && this._currency !== null && this._currency !== currency) {
      throw new CartCurrencyMismatchError(this._currency, currency);
    }
    this._currency = currency;
  }
}

/** A line holds 1 to MAX_QUANTITY units. */
export function assertLineQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    throw new InvalidQuantityError(1, MAX_QUANTITY);
  }
}
