import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot, Role, ROLES } from '@pasar/shared/domain';
import { Address, AddressFields, AddressType } from './address.entity';
import {
  AddressLimitError,
  addressNotFound,
  CannotBanSelfError,
  EmailAlreadyVerifiedError,
  NoEmailError,
  NoPasswordError,
  UserBannedError,
} from './user.errors';
import {
  UserBannedEvent,
  UserEmailVerifiedEvent,
  UserPasswordChangedEvent,
  UserRegisteredEvent,
  UserUnbannedEvent,
} from './user.events';

export const MAX_ADDRESSES = 20;

/**
 * An account: who someone is (email and/or phone), how they prove it (password hash, OTP)
 * and their role. Owns the address book and its one-default-per-type rule.
 */
@Entity({ schema: 'identity', tableName: 'users' })
export class User extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'string', length: 254, nullable: true, unique: true })
  readonly email: string | null;

  @Property({ type: 'string', length: 20, nullable: true, unique: true })
  readonly phone: string | null;

  @Enum({ items: () => ROLES })
  readonly role: Role;

  @Property({ type: 'string', length: 120, fieldName: 'name' })
  private _name: string;

  @Property({ type: 'text', nullable: true, fieldName: 'password_hash', hidden: true })
  private _passwordHash: string | null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'email_verified_at',
  })
  private _emailVerifiedAt: Date | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'phone_verified_at',
  })
  private _phoneVerifiedAt: Date | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'banned_at',
  })
  private _bannedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  @OneToMany({
    entity: () => Address,
    mappedBy: 'user',
    orphanRemoval: true,
    orderBy: { createdAt: 'asc' },
  })
  readonly addresses = new Collection<Address>(this);

  private constructor(props: {
    email: string | null;
    phone: string | null;
    role: Role;
    name: string;
    passwordHash: string | null;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.email = props.email;
    this.phone = props.phone;
    this.role = props.role;
    this._name = props.name;
    this._passwordHash = props.passwordHash;
    this.createdAt = props.now;
    this._updatedAt = props.now;
  }

  /** A new account signing in with email and password. Email must already be normalized and free. */
  static register(props: {
    email: string;
    name: string;
    role: Role;
    passwordHash: string;
    now: Date;
  }): User {
    const user = new User({ ...props, phone: null });
    user.recordRegistered();
    return user;
  }

  /** A new buyer who proved owning `phone` with an OTP. */
  static registerByPhone(props: { phone: string; now: Date }): User {
    const user = new User({
      email: null,
      phone: props.phone,
      role: 'buyer',
      name: '',
      passwordHash: null,
      now: props.now,
    });
    user._phoneVerifiedAt = props.now;
    user.recordRegistered();
    return user;
  }

  get name(): string {
    return this._name;
  }

  get passwordHash(): string | null {
    return this._passwordHash;
  }

  get emailVerifiedAt(): Date | null {
    return this._emailVerifiedAt;
  }

  get phoneVerifiedAt(): Date | null {
    return this._phoneVerifiedAt;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  get bannedAt(): Date | null {
    return this._bannedAt;
  }

  /** Guards every way of starting a session (password, phone OTP, refresh). */
  assertCanSignIn(): void {
    if (this._bannedAt !== null) throw new UserBannedError();
  }

  /**
   * An admin shuts the account out; the caller revokes every session in the same transaction.
   * Banning a banned user changes nothing; an admin cannot ban themselves.
   */
  ban(byUserId: string, now: Date): void {
    if (byUserId === this.id) throw new CannotBanSelfError();
    if (this._bannedAt !== null) return;
    this._bannedAt = now;
    this._updatedAt = now;
    this.record(new UserBannedEvent('User', this.id, { userId: this.id, bannedBy: byUserId }));
  }

  unban(byUserId: string, now: Date): void {
    if (this._bannedAt === null) return;
    this._bannedAt = null;
    this._updatedAt = now;
    this.record(new UserUnbannedEvent('User', this.id, { userId: this.id, unbannedBy: byUserId }));
  }

  rename(name: string, now: Date): void {
    this._name = name.trim();
    this._updatedAt = now;
  }

  /** Replaces the password hash; the caller revokes every session afterwards. */
  changePassword(newHash: string, now: Date): void {
    if (this._passwordHash === null) throw new NoPasswordError();
    this._passwordHash = newHash;
    this._updatedAt = now;
    this.record(new UserPasswordChangedEvent('User', this.id, { userId: this.id }));
  }

  /** Guards asking for an email verification code. */
  assertCanVerifyEmail(): string {
    if (this.email === null) throw new NoEmailError();
    if (this._emailVerifiedAt !== null) throw new EmailAlreadyVerifiedError();
    return this.email;
  }

  verifyEmail(now: Date): void {
    const email = this.assertCanVerifyEmail();
    this._emailVerifiedAt = now;
    this._updatedAt = now;
    this.record(new UserEmailVerifiedEvent('User', this.id, { userId: this.id, email }));
  }

  markPhoneVerified(now: Date): void {
    this._phoneVerifiedAt ??= now;
  }

  /** Adds an address; the first of its type, or one asked to be, becomes that type's default. */
  addAddress(type: AddressType, fields: AddressFields, makeDefault: boolean, now: Date): Address {
    const all = this.addresses.getItems();
    if (all.length >= MAX_ADDRESSES) throw new AddressLimitError(MAX_ADDRESSES);
    const isFirstOfType = !all.some((a) => a.type === type);
    const address = new Address(this, type, fields, false, now);
    this.addresses.add(address);
    if (makeDefault || isFirstOfType) this.setDefaultAddress(address.id, now);
    this._updatedAt = now;
    return address;
  }

  editAddress(addressId: string, fields: Partial<AddressFields>, now: Date): Address {
    const address = this.address(addressId);
    address.edit(fields, now);
    this._updatedAt = now;
    return address;
  }

  /** Removes an address; if it was the default, the most recent other one of its type takes over. */
  removeAddress(addressId: string, now: Date): void {
    const address = this.address(addressId);
    this.addresses.remove(address);
    if (address.isDefault) {
      const successor = this.addresses
        .getItems()
        .filter((a) => a.type === address.type)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
      if (successor) this.setDefaultAddress(successor.id, now);
    }
    this._updatedAt = now;
  }

  /** Exactly one default per address type. */
  setDefaultAddress(addressId: string, now: Date): Address {
    const chosen = this.address(addressId);
    for (const address of this.addresses.getItems()) {
      const shouldBeDefault = address === chosen;
      if (address.type === chosen.type && address.isDefault !== shouldBeDefault) {
        address.isDefault = shouldBeDefault;
        address.updatedAt = now;
      }
    }
    this._updatedAt = now;
    return chosen;
  }

  private address(addressId: string): Address {
    const address = this.addresses.getItems().find((a) => a.id === addressId);
    if (!address) throw addressNotFound(addressId);
    return address;
  }

  private recordRegistered(): void {
    this.record(
      new UserRegisteredEvent('User', this.id, {
        userId: this.id,
        role: this.role,
        email: this.email,
        phone: this.phone,
        name: this._name,
      }),
    );
  }
}
