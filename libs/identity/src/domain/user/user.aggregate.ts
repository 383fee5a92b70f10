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
  UserDeletedError,
} from './user.errors';
import {
  UserBannedEvent,
  UserDeletedEvent,
  UserEmailVerifiedEvent,
  UserPasswordChangedEvent,
  UserRegisteredEvent,
  UserUnbannedEvent,
} from './user.events';

export const MAX_ADDRESSES = 20;

/** What a deleted account is called from then on. */
export const DELETED_USER_NAME = 'Deleted user';

/** A deleted account's email: unique to it, in a domain that never receives mail (RFC 2606). */
export const tombstoneEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * An account: who someone is (email and/or phone), how they prove it (password hash, OTP)
 * and their role. Owns the address book and its one-default-per-type rule.
 */
@Entity({ schema: 'identity', tableName: 'users' })
export class User extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'string', length: 254, nullable: true, unique: true, fieldName: 'email' })
  private _email: string | null;

  @Property({ type: 'string', length: 20, nullable: true, unique: true, fieldName: 'phone' })
  private _phone: string | null;

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

  /** When the account was deleted (its personal fields anonymized); the row stays for references. */
  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'deleted_at',
  })
  private _deletedAt: Date | null = null;

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
    this._email = props.email;
    this._phone = props.phone;
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

  get email(): string | null {
    return this._email;
  }

  get phone(): string | null {
    return this._phone;
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

  get deletedAt(): Date | null {
    return this._deletedAt;
  }

  /** Guards every way of starting a session (password, phone OTP, refresh). */
  assertCanSignIn(): void {
    if (this._deletedAt !== null) throw new UserDeletedError();
    if (this._bannedAt !== null) throw new UserBannedError();
  }

  /**
   * The account is deleted, by its owner or an admin: its personal fields are anonymized (name
   * "Deleted user", email a tombstone unique to it, no phone, password or addresses) and the row
   * stays for what refers to it. The caller revokes every session in the same transaction.
   * Deleting it again changes nothing.
   */
  delete(byUserId: string, now: Date): void {
    if (this._deletedAt !== null) return;
    this._deletedAt = now;
    this._name = DELETED_USER_NAME;
    this._email = tombstoneEmail(this.id);
    this._phone = null;
    this._passwordHash = null;
    this._emailVerifiedAt = null;
    this._phoneVerifiedAt = null;
    this.addresses.removeAll();
    this._updatedAt = now;
    this.record(
      new UserDeletedEvent('User', this.id, {
        userId: this.id,
        role: this.role,
        deletedBy: byUserId,
      }),
    );
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
