import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, TokenDenyList } from '@pasar/shared';
import { discoverEntities } from '@pasar/shared/testing';
import { RefreshTokenFamily } from '../../../domain/session/refresh-token-family.aggregate';
import { RefreshTokenFamilyRepository } from '../../../domain/session/refresh-token-family.repository';
import { Address } from '../../../domain/user/address.entity';
import { User } from '../../../domain/user/user.aggregate';
import { UserRepository } from '../../../domain/user/user.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { DeleteUserCommand } from './delete-user.command';
import { DeleteUserHandler, RECENT_LOGIN_SECONDS } from './delete-user.handler';

const ana = () =>
  User.register({
    email: 'ana@example.com',
    name: 'Ana',
    role: 'buyer',
    passwordHash: 'hashed:secret-pw',
    now: new Date(),
  });

const session = (id: string, userId: string, startedSecondsAgo: number) =>
  RefreshTokenFamily.start({
    id,
    userId,
    tokenHash: 'h',
    now: new Date(Date.now() - startedSecondsAgo * 1000),
    ttlSeconds: 86_400,
  });

function setup(user: User, sessions: RefreshTokenFamily[]) {
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const users = {
    findByIdForUpdate: jest.fn(async (id: string) => (id === user.id ? user : null)),
    save: jest.fn(async () => undefined),
  } as unknown as UserRepository;
  const families = {
    findByIdForUpdate: jest.fn(async (id: string) => sessions.find((s) => s.id === id) ?? null),
    findActiveByUser: jest.fn(async (_userId: string, now: Date) =>
      sessions.filter((s) => s.isActive(now)),
    ),
    save: jest.fn(async () => undefined),
  } as unknown as RefreshTokenFamilyRepository;
  const hasher: PasswordHasher = {
    hash: async (p) => `hashed:${p}`,
    verify: async (hash, p) => hash === `hashed:${p}`,
  };
  const denyList = { denySessions: jest.fn(async () => undefined) };
  const handler = new DeleteUserHandler(
    em,
    users,
    families,
    hasher,
    denyList as unknown as TokenDenyList,
    { jwt: { accessTtlSeconds: 900 } } as AppConfig,
  );
  return { handler, denyList };
}

describe('DeleteUserHandler', () => {
  beforeAll(() => discoverEntities([User, Address]));

  it('deletes with the right password and revokes every session at once', async () => {
    const user = ana();
    const sessions = [session('s-old', user.id, 3600), session('s-new', user.id, 10)];
    const { handler, denyList } = setup(user, sessions);
    await handler.execute(
      new DeleteUserCommand(user.id, user.id, { sessionId: 's-old', currentPassword: 'secret-pw' }),
    );
    expect(user.deletedAt).not.toBeNull();
    expect(sessions.map((s) => s.revokedReason)).toEqual(['account_deleted', 'account_deleted']);
    expect(denyList.denySessions).toHaveBeenCalledWith(['s-old', 's-new'], 900);
  });

  it('refuses a wrong password and changes nothing', async () => {
    const user = ana();
    const { handler, denyList } = setup(user, [session('s', user.id, 10)]);
    await expect(
      handler.execute(
        new DeleteUserCommand(user.id, user.id, { sessionId: 's', currentPassword: 'nope' }),
      ),
    ).rejects.toMatchObject({ code: 'IDENTITY.WRONG_PASSWORD' });
    expect(user.deletedAt).toBeNull();
    expect(denyList.denySessions).not.toHaveBeenCalled();
  });

  it('takes a recent sign-in instead of the password, and refuses an older one', async () => {
    const user = ana();
    const recent = session('recent', user.id, RECENT_LOGIN_SECONDS - 30);
    const old = session('old', user.id, RECENT_LOGIN_SECONDS + 30);
    const { handler } = setup(user, [recent, old]);
    await expect(
      handler.execute(
        new DeleteUserCommand(user.id, user.id, { sessionId: 'old', currentPassword: null }),
      ),
    ).rejects.toMatchObject({ code: 'IDENTITY.REAUTHENTICATION_REQUIRED' });
    expect(user.deletedAt).toBeNull();
    await handler.execute(
      new DeleteUserCommand(user.id, user.id, { sessionId: 'recent', currentPassword: null }),
    );
    expect(user.deletedAt).not.toBeNull();
  });

  it('lets an admin delete without proof, and answers 404 for an unknown user', async () => {
    const user = ana();
    const { handler } = setup(user, []);
    await handler.execute(new DeleteUserCommand(user.id, 'admin-1', null));
    expect(user.pullEvents().at(-1)).toMatchObject({
      type: 'identity.user-deleted',
      payload: { userId: user.id, deletedBy: 'admin-1' },
    });
    await expect(
      handler.execute(new DeleteUserCommand('unknown', 'admin-1', null)),
    ).rejects.toMatchObject({ code: 'IDENTITY.USER_NOT_FOUND' });
  });
});
