import { Embeddable, Property } from '@mikro-orm/core';

export interface ShippingAddressFields {
  recipientName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  countryCode: string;
  phone: string | null;
}

/**
 * Where the order ships, copied from the buyer's address book at checkout: editing or deleting
 * the address later does not change where a placed order goes.
 */
@Embeddable()
export class ShippingAddress implements ShippingAddressFields {
  @Property({ type: 'string', length: 120 })
  readonly recipientName: string;

  @Property({ type: 'string', length: 200 })
  readonly line1: string;

  @Property({ type: 'string', length: 200, nullable: true })
  readonly line2: string | null;

  @Property({ type: 'string', length: 100 })
  readonly city: string;

  @Property({ type: 'string', length: 100, nullable: true })
  readonly region: string | null;

  @Property({ type: 'string', length: 20 })
  readonly postalCode: string;

  @Property({ type: 'string', length: 2 })
  readonly countryCode: string;

  @Property({ type: 'string', length: 20, nullable: true })
  readonly phone: string | null;

  constructor(fields: ShippingAddressFields) {
    this.recipientName = fields.recipientName;
    this.line1 = fields.line1;
    this.line2 = fields.line2;
    this.city = fields.city;
    this.region = fields.region;
    this.postalCode = fields.postalCode;
    this.countryCode = fields.countryCode;
    this.phone = fields.phone;
  }
}
