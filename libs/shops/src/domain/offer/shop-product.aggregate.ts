import { randomUUID } from 'node:crypto';
import { Embedded, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { Money } from './money.vo';
import {
  ArchivedVariantError,
  CompareAtPriceNotAbovePriceError,
  CurrencyMismatchError,
} from './shop-product.errors';
import { OfferSavedEvent } from './shop-product.events';

/** What the shop knows about the catalog variant it offers (from catalog's public query). */
export interface OfferedVariant {
  variantId: string;
  productId: string;
  productStatus: 'draft' | 'active' | 'archived';
}

export interface OfferChanges {
  price?: Money;
  /** null clears it. */
  compareAtPrice?: Money | null;
  active?: boolean;
}

/**
 * A shop's offer of one catalog variant at its own price (ShopProduct). A shop offers a variant
 * at most once; many shops may offer the same variant at different prices.
 */
@Entity({ schema: 'shops', tableName: 'shop_products' })
@Unique({ properties: ['shopId', 'variantId'] })
export class ShopProduct extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly shopId: string;

  @Property({ type: 'uuid', index: true })
  readonly variantId: string;

  @Property({ type: 'uuid', index: true })
  readonly productId: string;

  @Embedded({ entity: () => Money, prefix: 'price_' })
  private _price: Money;

  @Embedded({ entity: () => Money, prefix: 'compare_at_price_', nullable: true })
  private _compareAtPrice: Money | null;

  @Property({ type: 'boolean', fieldName: 'active' })
  private _active: boolean;

  @Property({ type: 'integer', fieldName: 'version' })
  private _version = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(
    shopId: string,
    variant: OfferedVariant,
    price: Money,
    compareAtPrice: Money | null,
    active: boolean,
    now: Date,
  ) {
    super();
    this.id = randomUUID();
    this.shopId = shopId;
    this.variantId = variant.variantId;
    this.productId = variant.productId;
    this._price = price;
    this._compareAtPrice = compareAtPrice;
    this._active = active;
    this.createdAt = now;
    this._updatedAt = now;
  }

  /**
   * The shop starts offering a catalog variant. Archived products cannot be offered; the caller
   * makes sure the shop does not offer the variant yet.
   */
  static offer(props: {
    shopId: string;
    variant: OfferedVariant;
    price: Money;
    compareAtPrice?: Money | null;
    active?: boolean;
    now: Date;
  }): ShopProduct {
    if (props.variant.productStatus === 'archived') {
      throw new ArchivedVariantError(props.variant.variantId);
    }
    const compareAtPrice = props.compareAtPrice ?? null;
    assertPricing(props.price, compareAtPrice);
    const offer = new ShopProduct(
      props.shopId,
      props.variant,
      props.price,
      compareAtPrice,
      props.active ?? true,
      props.now,
    );
    offer.recordSaved();
    return offer;
  }

  get price(): Money {
    return this._price;
  }

  get compareAtPrice(): Money | null {
    return this._compareAtPrice;
  }

  get active(): boolean {
    return this._active;
  }

  get version(): number {
    return this._version;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /**
   * Reprices the offer and/or starts or stops selling it. The resulting prices must hold
   * together (a compare-at price kept from before must still be above a new price).
   * Records one OfferSaved when anything changed; returns whether it did.
   */
  revise(changes: OfferChanges, now: Date): boolean {
    const price = changes.price ?? this._price;
    const compareAtPrice =
      changes.compareAtPrice === undefined ? this._compareAtPrice : changes.compareAtPrice;
    const active = changes.active ?? this._active;
    const changed =
      !price.equals(this._price) ||
      !sameOptionalMoney(compareAtPrice, this._compareAtPrice) ||
      active !== this._active;
    if (!changed) return false;
    assertPricing(price, compareAtPrice);
    this._price = price;
    this._compareAtPrice = compareAtPrice;
    this._active = active;
    this._version += 1;
    this._updatedAt = now;
    this.recordSaved();
    return true;
  }

  private recordSaved(): void {
    this.record(
      new OfferSavedEvent('ShopProduct', this.id, {
        offerId: this.id,
        shopId: this.shopId,
        productId: this.productId,
        variantId: this.variantId,
        price: this._price.toPayload(),
        compareAtPrice: this._compareAtPrice?.toPayload() ?? null,
        active: this._active,
        version: this._version,
      }),
    );
  }
}

function assertPricing(price: Money, compareAtPrice: Money | null): void {
  if (compareAtPrice === null) return;
  if (compareAtPrice.currency !== price.currency) throw new CurrencyMismatchError();
  if (compareAtPrice.amount <= price.amount) throw new CompareAtPriceNotAbovePriceError();
}

function sameOptionalMoney(a: Money | null, b: Money | null): boolean {
  return a === null ? b === null : a.equals(b);
}
