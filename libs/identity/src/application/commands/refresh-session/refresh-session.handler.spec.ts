import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, loadConfig, TokenDenyList } from '@pasar/shared';
import { RefreshTokenFamily } from '../../../domain/session/refresh-token-family.aggregate';
import { RefreshTokenFamilyRepository } from '../../../domain/session/refresh-token-family.repository';
import { UserRepository } from '../../../domain/user/user.repository';
import { hashSecret, SessionTokens } from '../../services/session-tokens';
import { RefreshSessionCommand } from './refresh-session.command';
import { RefreshSessionHandler } from './refresh-session.handler';

const SECRET = 'a'.repeat(43);
const FAMILY_ID = '11111111-1111-4111-8111-111111111111';

function setup() {
  const family = RefreshTokenFamily.start({
    id: FAMILY_ID,
    userId: 'u1',
    tokenHash: hashSecret(SECRET),
    now: new Date(),
    ttlSeconds: 3600,
  });
  const families = {
    findByIdForUpdate: jest.fn(async (id: string) => (id === FAMILY_ID ? family : null)),
    findActiveByUser: jest.fn(),
    save: jest.fn(async () => undefined),
  } satisfies RefreshTokenFamilyRepository;
  const users = {
    findById: jest.fn(async () => ({ id: 'u1', role: 'buyer', assertCanSignIn: () => undefined })),
  } as unknown as UserRepository;
  const sessions = {
    pair: jest.fn(async (_user, fam: RefreshTokenFamily, secret: string) => ({
      accessToken: 'access',
      refreshToken: `${fam.id}.${secret}`,
      tokenType: 'Bearer' as const,
      expiresIn: 900,
      refreshExpiresAt: fam.expiresAt.toISOString(),
    })),
  } as unknown as SessionTokens;
  const denyList = { denySessions: jest.fn(async () => undefined) } as unknown as TokenDenyList;
  const em = {
    transactional: (work: () => Promise<unknown>) => work(),
  } as unknown as EntityManager;
  const config: AppConfig = loadConfig({ NODE_ENV: 'test' });
  const handler = new RefreshSessionHandler(em, families, users, sessions, denyList, config);
  return { handler, family, families, denyList };
}

describe('RefreshSessionHandler', () => {
  it('rotates the family and returns a new pair', async () => {
    const { handler, family, families } = setup();
    const pair = await handler.execute(new RefreshSessionCommand(`${FAMILY_ID}.${SECRET}`));
    expect(pair.refreshToken).not.toBe(`${FAMILY_ID}.${SECRET}`);
    expect(family.generation).toBe(2);
    expect(families.save).toHaveBeenCalledWith(family);
  });

  it('persists the revocation and deny-lists the session when a spent token is reused', async () => {
    const { handler, family, families, denyList } = setup();
    await handler.execute(new RefreshSessionCommand(`${FAMILY_ID}.${SECRET}`));
    await expect(
      handler.execute(new RefreshSessionCommand(`${FAMILY_ID}.${SECRET}`)),
    ).rejects.toMatchObject({
      code: 'IDENTITY.REFRESH_TOKEN_REUSED',
    });
    expect(family.revokedReason).toBe('reuse_detected');
    expect(families.save).toHaveBeenLastCalledWith(family);
    expect(denyList.denySessions).toHaveBeenCalledWith([FAMILY_ID], 900);
  });

  it('refuses a malformed or unknown token without touching the store', async () => {
    const { handler, families } = setup();
    await expect(handler.execute(new RefreshSessionCommand('garbage'))).rejects.toMatchObject({
      code: 'IDENTITY.REFRESH_TOKEN_INVALID',
    });
    await expect(
      handler.execute(new RefreshSessionCommand(`22222222-2222-4222-8222-222222222222.${SECRET}`)),
    ).rejects.toMatchObject({ code: 'IDENTITY.REFRESH_TOKEN_INVALID' });
    expect(families.save).not.toHaveBeenCalled();
  });
});
