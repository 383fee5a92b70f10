import { discoverEntities } from '@pasar/shared/testing';
import { Address } from './address.entity';
import { DELETED_USER_NAME, tombstoneEmail, User } from './user.aggregate';
import { UserBannedError, UserDeletedError } from './user.errors';

const now = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');

function registered(): User {
  const user = User.register({
    email: 'ana@example.com',
    name: 'Ana Putri',
    role: 'buyer',
    passwordHash: 'h',
    now,
  });
  user.addAddress(
    'shipping',
    {
      label: 'Home',
      recipientName: 'Ana Putri',
      phone: '+6281234567890',
      line1: 'Jl. Merdeka 1',
      line2: null,
      city: 'Bandung',
      region: 'Jawa Barat',
      postalCode: '40111',
      countryCode: 'ID',
    },
    true,
    now,
  );
  user.pullEvents();
  return user;
}

describe('User deletion', () => {
  beforeAll(() => discoverEntities([User, Address]));

  it('anonymizes the personal fields and keeps the id', () => {
    const user = registered();
    const id = user.id;
    user.delete(user.id, later);
    expect(user.id).toBe(id);
    expect(user.name).toBe(DELETED_USER_NAME);
    expect(user.email).toBe(tombstoneEmail(id));
    expect(user.email).not.toBe(tombstoneEmail(registered().id));
    expect(user.phone).toBeNull();
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.addresses.getItems()).toEqual([]);
    expect(user.deletedAt).toEqual(later);
  });

  it('records identity.user-deleted once; deleting again changes nothing', () => {
    const user = registered();
    user.delete('admin-1', later);
    user.delete(user.id, new Date('2026-01-03T00:00:00Z'));
    expect(user.pullEvents().map((e) => [e.type, e.payload])).toEqual([
      ['identity.user-deleted', { userId: user.id, role: 'buyer', deletedBy: 'admin-1' }],
    ]);
    expect(user.deletedAt).toEqual(later);
  });

  it('refuses every sign-in afterwards, with its own code even when also banned', () => {
    const user = registered();
    user.ban('admin-1', now);
    expect(() => user.assertCanSignIn()).toThrow(UserBannedError);
    user.delete(user.id, later);
    expect(() => user.assertCanSignIn()).toThrow(UserDeletedError);
    expect(new UserDeletedError()).toMatchObject({
      code: 'IDENTITY.USER_DELETED',
      kind: 'unauthenticated',
    });
  });
});
