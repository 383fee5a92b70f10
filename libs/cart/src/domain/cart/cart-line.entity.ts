import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Cart } from './cart.aggregate';

/** Units of one offer in a cart; part of the Cart aggregate (one line per offer). */
@Entity({ schema: 'cart', tableName: 'cart_lines' })
@Unique({ name: 'cart_lines_cart_offer_unique', properties: ['cart', 'offerId'] })
// Written as PostgreSQL prints it back, so `migration:create` sees no change.
@Check({ name: 'cart_lines_quantity_check', expression: '(quantity >= 1) AND (quantity <= 999)' })
export class CartLine {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @ManyToOne({ entity: 'Cart', deleteRule: 'cascade' })
  readonly cart: Cart;

  /** The ShopProduct offer. */
  @Property({ type: 'uuid' })
  readonly offerId: string;

  @Property({ type: 'uuid' })
  readonly shopId: string;

  @Property({ type: 'uuid' })
  readonly variantId: string;

  @Property({ type: 'integer', fieldName: 'quantity' })
  private _quantity: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly addedAt: Date;

  constructor(
    cart: Cart,
    offer: { offerId: string; shopId: string; variantId: string },
    quantity: number,
    now: Date,
  ) {
    this.id = randomUUID();
    this.cart = cart;
    this.offerId = offer.offerId;
    this.shopId = offer.shopId;
    this.variantId = offer.variantId;
    this._quantity = quantity;
    this.addedAt = now;
  }

  get quantity(): number {
    return this._quantity;
  }

  /** The cart checks the quantity before it calls this. */
  setQuantity(quantity: number): void {
    this._quantity = quantity;
  }
}
