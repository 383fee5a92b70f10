import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { User } from './user.aggregate';

export const ADDRESS_TYPES = ['shipping', 'billing'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

export interface AddressFields {
  label: string | null;
  recipientName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  countryCode: string;
  phone: string | null;
}

/** An entry of a user's address book; part of the User aggregate, changed only through it. */
@Entity({ schema: 'identity', tableName: 'addresses' })
export class Address {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @ManyToOne({ entity: 'User', deleteRule: 'cascade', index: true })
  readonly user: User;

  @Enum({ items: () => ADDRESS_TYPES })
  readonly type: AddressType;

  @Property({ type: 'string', length: 60, nullable: true })
  label: string | null;

  @Property({ type: 'string', length: 120 })
  recipientName: string;

  @Property({ type: 'string', length: 200 })
  line1: string;

  @Property({ type: 'string', length: 200, nullable: true })
  line2: string | null;

  @Property({ type: 'string', length: 100 })
  city: string;

  @Property({ type: 'string', length: 100, nullable: true })
  region: string | null;

  @Property({ type: 'string', length: 20 })
  postalCode: string;

  @Property({ type: 'string', length: 2 })
  countryCode: string;

  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null;

  @Property({ type: 'boolean' })
  isDefault: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  updatedAt: Date;

  constructor(user: User, type: AddressType, fields: AddressFields, isDefault: boolean, now: Date) {
    this.id = randomUUID();
    this.user = user;
    this.type = type;
    this.isDefault = isDefault;
    this.createdAt = now;
    this.updatedAt = now;
    this.label = fields.label;
    this.recipientName = fields.recipientName;
    this.line1 = fields.line1;
    this.line2 = fields.line2;
    this.city = fields.city;
    this.region = fields.region;
    this.postalCode = fields.postalCode;
    this.countryCode = fields.countryCode;
    this.phone = fields.phone;
  }

  /** Only the owning User calls this (it keeps the one-default rule). */
  edit(fields: Partial<AddressFields>, now: Date): void {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(this, { [key]: value });
    }
    this.updatedAt = now;
  }
}
