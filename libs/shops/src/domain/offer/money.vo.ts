import { BigIntType, Embeddable, Property } from '@mikro-orm/core';
import { MoneyPayload } from '../../contracts/shops.events';
import { InvalidMoneyError } from './shop-product.errors';

const CURRENCY = /^[A-Z]{3}$/;

/** An amount of one currency in integer minor units (1999 IDR-cents, never a float). */
@Embeddable()
export class Money {
  @Property({ type: new BigIntType('number') })
  readonly amount: number;

  @Property({ type: 'string', length: 3 })
  readonly currency: string;

  private constructor(amount: number, currency: string) {
    this.amount = amount;
    this.currency = currency;
  }

  static of(amount: number, currency: string): Money {
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new InvalidMoneyError('An amount is a whole, non-negative number of minor units');
    }
    if (!CURRENCY.test(currency)) {
      throw new InvalidMoneyError('A currency is an ISO 4217 code of three upper-case letters');
    }
    return new Money(amount, currency);
  }

  equals(other: Money | null): boolean {
    return other !== null && other.amount === this.amount && other.currency === this.currency;
  }

  toPayload(): MoneyPayload {
    return { amount: this.amount, currency: this.currency };
  }
}
