import { EntityManager } from '@mikro-orm/postgresql';
import { IdentityModule, LoginCommand, RegisterUserCommand } from '@pasar/identity';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { AddAddressCommand } from '../src/application/commands/add-address/add-address.command';
import { RefreshSessionCommand } from '../src/application/commands/refresh-session/refresh-session.command';
import { User } from '../src/domain/user/user.aggregate';

const address = {
  label: null,
  recipientName: 'Ana',
  line1: 'Jl. Merdeka 10',
  line2: null,
  city: 'Bandung',
  region: null,
  postalCode: '40111',
  countryCode: 'ID',
  phone: null,
};

describe('identity persistence (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  const run = <T>(command: object): Promise<T> => context.run<T>(command);

  beforeAll(async () => {
    context = await startIntegrationContext({ imports: [IdentityModule] });
    sql = context.sql;
  });

  afterAll(() => context.close());

  it('stores a registration and its event in one transaction', async () => {
    const { userId } = await run<{ userId: string }>(
      new RegisterUserCommand('Rina@Example.com', 'correct horse', 'Rina', 'seller'),
    );
    const user = await context.orm.em.fork().findOneOrFail(User, { id: userId });
    expect(user.email).toBe('rina@example.com');
    expect(user.name).toBe('Rina');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const events = await sql.execute(
      `select type, payload from shared.outbox where aggregate_id = ?`,
      [userId],
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'identity.user-registered',
        payload: expect.objectContaining({ userId, role: 'seller', email: 'rina@example.com' }),
      }),
    ]);
  });

  it('rotates a refresh token once when the same token is refreshed concurrently', async () => {
    await run(new RegisterUserCommand('race@example.com', 'correct horse', 'Race', 'buyer'));
    const { refreshToken } = await run<{ refreshToken: string }>(
      new LoginCommand('race@example.com', 'correct horse'),
    );
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => run(new RefreshSessionCommand(refreshToken))),
    );
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const codes = results
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => r.reason.code);
    expect(fulfilled).toHaveLength(1);
    expect(codes.length).toBe(5);
    expect(
      codes.every((c) =>
        ['IDENTITY.REFRESH_TOKEN_REUSED', 'IDENTITY.REFRESH_TOKEN_INVALID'].includes(c),
      ),
    ).toBe(true);
    const [family] = await sql.execute(
      'select generation, revoked_reason from identity.refresh_token_families where id = ?',
      [refreshToken.split('.')[0]],
    );
    expect(family).toEqual({ generation: 2, revoked_reason: 'reuse_detected' });
  });

  it('keeps exactly one default address per type under concurrent additions', async () => {
    const { userId } = await run<{ userId: string }>(
      new RegisterUserCommand('book@example.com', 'correct horse', 'Book', 'buyer'),
    );
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        run(new AddAddressCommand(userId, 'shipping', address, i % 2 === 0)),
      ),
    );
    const rows = await sql.execute<{ n: string; defaults: string }[]>(
      `select count(*) as n, count(*) filter (where is_default) as defaults
         from identity.addresses where user_id = ? and type = 'shipping'`,
      [userId],
    );
    expect(rows[0]).toEqual({ n: '8', defaults: '1' });
  });
});
