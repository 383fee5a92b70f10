import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Embedded, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { Money } from '../offer/money.vo';
import { InvalidShippingMethodError } from './shipping-method.errors';

export const SHIPPING_PRICINGS = ['flat', 'per_item'] as const;
/** `flat`: the price once per ShopOrder; `per_item`: the price for every unit bought. */
export type ShippingPricing = (typeof SHIPPING_PRICINGS)[number];

export const METHOD_NAME_MAX = 80;
export const METHOD_CARRIER_MAX = 60;
export const ESTIMATED_DAYS_MAX = 365;

export interface ShippingMethodTerms {
  name: string;
  carrier: string;
  pricing: ShippingPricing;
  price: Money;
  /** Shipping is free when the shop's subtotal reaches this (in the price's currency); null: never. */
  freeAbove: number | null;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
  active: boolean;
}

/**
 * One way a shop ships its parcels: a carrier's service at the shop's price, flat per ShopOrder or
 * per item, optionally free from a subtotal on, with the delivery time the shop promises.
 * A shop's offers can be bought only while it has at least one active method.
 */
@Entity({ schema: 'shops', tableName: 'shipping_methods' })
// Written as PostgreSQL prints it back, so `migration:create` sees no change.
@Check({
  name: 'shipping_methods_days_check',
  expression: '(estimated_days_min >= 0) AND (estimated_days_max >= estimated_days_min)',
})
export class ShippingMethod extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: true })
  readonly shopId: string;

  @Property({ type: 'string', length: METHOD_NAME_MAX, fieldName: 'name' })
  private _name!: string;

  @Property({ type: 'string', length: METHOD_CARRIER_MAX, fieldName: 'carrier' })
  private _carrier!: string;

  @Enum({ items: () => SHIPPING_PRICINGS, fieldName: 'pricing' })
  private _pricing!: ShippingPricing;

  @Embedded({ entity: () => Money, prefix: 'price_' })
  private _price!: Money;

  @Property({ type: new BigIntType('number'), nullable: true, fieldName: 'free_above' })
  private _freeAbove!: number | null;

  @Property({ type: 'smallint', fieldName: 'estimated_days_min' })
  private _estimatedDaysMin!: number;

  @Property({ type: 'smallint', fieldName: 'estimated_days_max' })
  private _estimatedDaysMax!: number;

  @Property({ type: 'boolean', fieldName: 'active' })
  private _active!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(shopId: string, terms: ShippingMethodTerms, now: Date) {
    super();
    this.id = randomUUID();
    this.shopId = shopId;
    this.apply(terms);
    this.createdAt = now;
    this._updatedAt = now;
  }

  /** The shop's owner adds a way to ship; the caller has checked who owns the shop. */
  static define(props: { shopId: string; terms: ShippingMethodTerms; now: Date }): ShippingMethod {
    return new ShippingMethod(props.shopId, validTerms(props.terms), props.now);
  }

  get name(): string {
    return this._name;
  }

  get carrier(): string {
    return this._carrier;
  }

  get pricing(): ShippingPricing {
    return this._pricing;
  }

  get price(): Money {
    return this._price;
  }

  get freeAbove(): number | null {
    return this._freeAbove;
  }

  get estimatedDaysMin(): number {
    return this._estimatedDaysMin;
  }

  get estimatedDaysMax(): number {
    return this._estimatedDaysMax;
  }

  get active(): boolean {
    return this._active;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** Changes the fields sent; the result must still be a valid method as a whole. */
  revise(changes: Partial<ShippingMethodTerms>, now: Date): void {
    this.apply(
      validTerms({
        name: changes.name ?? this._name,
        carrier: changes.carrier ?? this._carrier,
        pricing: changes.pricing ?? this._pricing,
        price: changes.price ?? this._price,
        freeAbove: changes.freeAbove === undefined ? this._freeAbove : changes.freeAbove,
        estimatedDaysMin: changes.estimatedDaysMin ?? this._estimatedDaysMin,
        estimatedDaysMax: changes.estimatedDaysMax ?? this._estimatedDaysMax,
        active: changes.active ?? this._active,
      }),
    );
    this._updatedAt = now;
  }

  private apply(terms: ShippingMethodTerms): void {
    this._name = terms.name;
    this._carrier = terms.carrier;
    this._pricing = terms.pricing;
    this._price = terms.price;
    this._freeAbove = terms.freeAbove;
    this._estimatedDaysMin = terms.estimatedDaysMin;
    this._estimatedDaysMax = terms.estimatedDaysMax;
    this._active = terms.active;
  }
}

function validTerms(terms: ShippingMethodTerms): ShippingMethodTerms {
  const name = terms.name.trim();
  if (name.length === 0 || name.length > METHOD_NAME_MAX) {
    throw new InvalidShippingMethodError('name', `A name has 1 to ${METHOD_NAME_MAX} characters`);
  }
  const carrier = terms.carrier.trim();
  if (carrier.length === 0 || carrier.length > METHOD_CARRIER_MAX) {
    throw new InvalidShippingMethodError(
      'carrier',
      `A carrier has 1 to ${METHOD_CARRIER_MAX} characters`,
    );
  }
  if (!(SHIPPING_PRICINGS as readonly string[]).includes(terms.pricing)) {
    throw new InvalidShippingMethodError(
      'pricing',
      `pricing is one of ${SHIPPING_PRICINGS.join(', ')}`,
    );
  }
  const { freeAbove, estimatedDaysMin: min, estimatedDaysMax: max } = terms;
  if (freeAbove !== null && (!Number.isSafeInteger(freeAbove) || freeAbove < 1)) {
    throw new InvalidShippingMethodError(
      'freeAbove',
      'freeAbove is a positive whole number of minor units of the price’s currency',
    );
  }
  if (!Number.isInteger(min) || min < 0 || min > ESTIMATED_DAYS_MAX) {
    throw new InvalidShippingMethodError(
      'estimatedDaysMin',
      `estimatedDaysMin is a whole number from 0 to ${ESTIMATED_DAYS_MAX}`,
    );
  }
  if (!Number.isInteger(max) || max < min || max > ESTIMATED_DAYS_MAX) {
    throw new InvalidShippingMethodError(
      'estimatedDaysMax',
      `estimatedDaysMax is a whole number from estimatedDaysMin to ${ESTIMATED_DAYS_MAX}`,
    );
  }
  return { ...terms, name, carrier };
}
