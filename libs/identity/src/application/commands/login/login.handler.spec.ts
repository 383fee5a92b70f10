import { User } from '../../../domain/user/user.aggregate';
import { UserRepository } from '../../../domain/user/user.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { SessionTokens } from '../../services/session-tokens';
import { LoginCommand } from './login.command';
import { LoginHandler } from './login.handler';

function setup(user: User | null) {
  const users = { findByEmail: jest.fn(async () => user) } as unknown as UserRepository;
  const hasher: PasswordHasher = {
    hash: async (p) => `hashed:${p}`,
    verify: jest.fn(async (hash: string | null, p: string) => hash === `hashed:${p}`),
  };
  const sessions = {
    start: jest.fn(async () => ({
      accessToken: 'a',
      refreshToken: 'r',
      tokenType: 'Bearer' as const,
      expiresIn: 900,
      refreshExpiresAt: '',
    })),
  } as unknown as SessionTokens;
  return { handler: new LoginHandler(users, hasher, sessions), users, hasher, sessions };
}

const ana = () =>
  User.register({
    email: 'ana@example.com',
    name: 'Ana',
    role: 'seller',
    passwordHash: 'hashed:secret-pw',
    now: new Date(),
  });

describe('LoginHandler', () => {
  it('starts a session for the right password, looking the email up normalized', async () => {
    const user = ana();
    const { handler, users, sessions } = setup(user);
    const result = await handler.execute(new LoginCommand('  ANA@Example.com ', 'secret-pw'));
    expect(users.findByEmail).toHaveBeenCalledWith('ana@example.com');
    expect(sessions.start).toHaveBeenCalledWith(user);
    expect(result).toMatchObject({ userId: user.id, role: 'seller', accessToken: 'a' });
  });

  it('refuses a wrong password', async () => {
    const { handler, sessions } = setup(ana());
    await expect(
      handler.execute(new LoginCommand('ana@example.com', 'nope')),
    ).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_CREDENTIALS',
    });
    expect(sessions.start).not.toHaveBeenCalled();
  });

  it('still runs the password check for an unknown email (no timing oracle)', async () => {
    const { handler, hasher } = setup(null);
    await expect(handler.execute(new LoginCommand('who@example.com', 'x'))).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_CREDENTIALS',
    });
    expect(hasher.verify).toHaveBeenCalledWith(null, 'x');
  });
});
