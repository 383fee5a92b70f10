import { Embeddable, Property } from '@mikro-orm/core';

export interface WarehouseAddressFields {
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
}

/** Where a warehouse is; replaced as a whole, never edited in place. */
@Embeddable()
export class WarehouseAddress implements WarehouseAddressFields {
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

  constructor(fields: WarehouseAddressFields) {
    this.line1 = fields.line1;
    this.line2 = fields.line2;
    this.city = fields.city;
    this.region = fields.region;
    this.postalCode = fields.postalCode;
    this.countryCode = fields.countryCode;
  }
}
