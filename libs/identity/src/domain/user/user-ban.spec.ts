import { discoverEntities } from '@pasar/shared/testing';
import { Address } from './address.entity';
import { User } from './user.aggregate';
import { CannotBanSelfError, UserBannedError } from './user.errors';

const now = new Date('2026-01-01T00:00:00Z');
const adminId = '00000000-0000-4000-8000-000000000001';

function registered(): User {
  const user = User.register({
    email: 'b@example.com',
    name: 'B',
    role: 'seller',
    passwordHash: 'h',
    now,
  });
  user.pullEvents();
  return user;
}

describe('User bans', () => {
  beforeAll(() => discoverEntities([User, Address]));

  it('a banned user cannot sign in; banning twice records one event', () => {
    const user = registered();
    user.assertCanSignIn();
    user.ban(adminId, now);
    user.ban(adminId, now);
    expect(user.bannedAt).toEqual(now);
    expect(() => user.assertCanSignIn()).toThrow(UserBannedError);
    expect(user.pullEvents().map((e) => e.type)).toEqual(['identity.user-banned']);
  });

  it('unbanning lets the user sign in again and is a no-op when not banned', () => {
    const user = registered();
    user.unban(adminId, now);
    expect(user.pullEvents()).toEqual([]);
    user.ban(adminId, now);
    user.unban(adminId, now);
    expect(user.bannedAt).toBeNull();
    expect(() => user.assertCanSignIn()).not.toThrow();
    expect(user.pullEvents().map((e) => e.type)).toEqual([
      'identity.user-banned',
      'identity.user-unbanned',
    ]);
  });

  it('refuses an admin banning themselves', () => {
    const user = registered();
    expect(() => user.ban(user.id, now)).toThrow(CannotBanSelfError);
    expect(user.bannedAt).toBeNull();
  });
});
