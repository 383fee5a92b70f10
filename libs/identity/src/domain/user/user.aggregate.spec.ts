import { discoverEntities } from '@pasar/shared/testing';
import { User } from './user.aggregate';
import { Address, AddressFields } from './address.entity';
import { AddressLimitError, EmailAlreadyVerifiedError, NoPasswordError } from './user.errors';

const now = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');
const fields: AddressFields = {
  label: 'Home',
  recipientName: 'Ana',
  line1: 'Jl. Merdeka 10',
  line2: null,
  city: 'Bandung',
  region: null,
  postalCode: '40111',
  countryCode: 'ID',
  phone: null,
};

function registered(): User {
  const user = User.register({
    email: 'ana@example.com',
    name: 'Ana',
    role: 'buyer',
    passwordHash: 'h',
    now,
  });
  user.pullEvents();
  return user;
}

function defaults(user: User, type: 'shipping' | 'billing') {
  return user.addresses.getItems().filter((a) => a.type === type && a.isDefault);
}

describe('User', () => {
  beforeAll(() => discoverEntities([User, Address]));

  it('records UserRegistered on registration', () => {
    const user = User.register({
      email: 'ana@example.com',
      name: 'Ana',
      role: 'seller',
      passwordHash: 'h',
      now,
    });
    const [event] = user.pullEvents();
    expect(event.type).toBe('identity.user-registered');
    expect(event.payload).toMatchObject({
      userId: user.id,
      role: 'seller',
      email: 'ana@example.com',
    });
    expect(user.pullEvents()).toHaveLength(0);
  });

  it('registers a phone user as a verified buyer without password', () => {
    const user = User.registerByPhone({ phone: '+628123456789', now });
    expect(user.role).toBe('buyer');
    expect(user.phoneVerifiedAt).toEqual(now);
    expect(user.passwordHash).toBeNull();
    expect(() => user.changePassword('x', later)).toThrow(NoPasswordError);
  });

  it('changes the password and records it', () => {
    const user = registered();
    user.changePassword('new-hash', later);
    expect(user.passwordHash).toBe('new-hash');
    expect(user.pullEvents().map((e) => e.type)).toEqual(['identity.user-password-changed']);
  });

  it('verifies an email once', () => {
    const user = registered();
    user.verifyEmail(later);
    expect(user.emailVerifiedAt).toEqual(later);
    expect(() => user.verifyEmail(later)).toThrow(EmailAlreadyVerifiedError);
  });

  it('makes the first address of a type its default', () => {
    const user = registered();
    const shipping = user.addAddress('shipping', fields, false, now);
    const billing = user.addAddress('billing', fields, false, now);
    expect(shipping.isDefault).toBe(true);
    expect(billing.isDefault).toBe(true);
  });

  it('keeps exactly one default per type when another is made default', () => {
    const user = registered();
    const first = user.addAddress('shipping', fields, false, now);
    const second = user.addAddress('shipping', fields, true, later);
    user.addAddress('billing', fields, false, now);
    expect(defaults(user, 'shipping')).toEqual([second]);
    user.setDefaultAddress(first.id, later);
    expect(defaults(user, 'shipping')).toEqual([first]);
    expect(defaults(user, 'billing')).toHaveLength(1);
  });

  it('promotes the newest remaining address when the default is removed', () => {
    const user = registered();
    const first = user.addAddress('shipping', fields, false, now);
    const second = user.addAddress('shipping', fields, false, later);
    user.removeAddress(first.id, later);
    expect(defaults(user, 'shipping')).toEqual([second]);
  });

  it('refuses an address it does not hold', () => {
    const user = registered();
    expect(() => user.setDefaultAddress('00000000-0000-4000-8000-000000000000', now)).toThrow(
      expect.objectContaining({ code: 'IDENTITY.ADDRESS_NOT_FOUND' }),
    );
  });

  it('caps the address book', () => {
    const user = registered();
    for (let i = 0; i < 20; i++) user.addAddress('shipping', fields, false, now);
    expect(() => user.addAddress('shipping', fields, false, now)).toThrow(AddressLimitError);
  });
});
