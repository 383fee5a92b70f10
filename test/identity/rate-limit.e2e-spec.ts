import { Redis } from 'ioredis';
import { LoginCommand, RegisterUserCommand } from '@pasar/identity';
import { startTestApi, TestApi } from '../support/test-api';

const LIMIT = 3;
const PASSWORD = 'correct horse battery';

let sequence = 0;
const freshEmail = () => `limited${++sequence}.${Date.now()}@example.com`;
const freshPhone = () =>
  `+62813${String((Date.now() % 1_000_000) * 10 + (++sequence % 10)).padStart(7, '0')}`;

describe('identity: rate limit of the credential and code routes', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_AUTH: String(LIMIT) });
  });

  afterAll(() => api.close());

  // Every test starts with fresh counters, so no test depends on what ran before it.
  beforeEach(async () => {
    const redis = api.app.get(Redis);
    const prefix = `${api.config.redisPrefix}:`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}{*`, 'COUNT', 500);
      // The client adds its key prefix itself.
      if (keys.length > 0) await redis.del(...keys.map((key) => key.slice(prefix.length)));
      cursor = next;
    } while (cursor !== '0');
  });

  /** An account made and signed in as trusted code would, without using the limited routes. */
  const account = async () => {
    const email = freshEmail();
    await api.command(new RegisterUserCommand(email, PASSWORD, 'Limited', 'buyer'));
    const tokens = await api.command<{ accessToken: string; refreshToken: string }>(
      new LoginCommand(email, PASSWORD),
    );
    return { email, auth: { authorization: `Bearer ${tokens.accessToken}` }, ...tokens };
  };

  const expectRateLimited = (res: { status: number; body: unknown }) => {
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      statusCode: 429,
      code: 'REQUEST.RATE_LIMITED',
      message: expect.any(String),
    });
  };

  it('limits login attempts per client, refusing even the right password once exceeded', async () => {
    const { email } = await account();
    for (let i = 0; i < LIMIT; i++) {
      const res = await api
        .http()
        .post('/auth/login')
        .send({ email, password: 'guess ' + i });
      expect(res.status).toBe(401);
    }
    const blocked = await api.http().post('/auth/login').send({ email, password: PASSWORD });
    expectRateLimited(blocked);
    expect(blocked.headers['retry-after-auth']).toMatch(/^\d+$/);
  });

  it('limits registrations, and a refused registration creates no account', async () => {
    for (let i = 0; i < LIMIT; i++) {
      await api
        .http()
        .post('/auth/register')
        .send({ email: freshEmail(), password: PASSWORD, name: 'Ana', role: 'buyer' })
        .expect(201);
    }
    const email = freshEmail();
    const blocked = await api
      .http()
      .post('/auth/register')
      .send({ email, password: PASSWORD, name: 'Ana', role: 'buyer' });
    expectRateLimited(blocked);
    await expect(api.command(new LoginCommand(email, PASSWORD))).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_CREDENTIALS',
    });
  });

  it('limits refreshes', async () => {
    let { refreshToken } = await account();
    for (let i = 0; i < LIMIT; i++) {
      const res = await api.http().post('/auth/refresh').send({ refreshToken }).expect(200);
      refreshToken = res.body.refreshToken;
    }
    expectRateLimited(await api.http().post('/auth/refresh').send({ refreshToken }));
  });

  it('limits code requests before the per-number resend limit, sending nothing', async () => {
    for (let i = 0; i < LIMIT; i++) {
      await api.http().post('/auth/otp/request').send({ phone: freshPhone() }).expect(202);
    }
    const phone = freshPhone();
    expectRateLimited(await api.http().post('/auth/otp/request').send({ phone }));
    expect(api.codes.sentTo(phone)).toHaveLength(0);
  });

  it('limits code guesses on top of the per-code attempt limit', async () => {
    const phone = freshPhone();
    for (let i = 0; i < LIMIT; i++) {
      const res = await api.http().post('/auth/otp/verify').send({ phone, code: '000000' });
      expect(res.body.code).toBe('IDENTITY.OTP_NOT_REQUESTED');
    }
    expectRateLimited(await api.http().post('/auth/otp/verify').send({ phone, code: '000000' }));
  });

  it('limits password changes, refusing even the right current password once exceeded', async () => {
    const user = await account();
    for (let i = 0; i < LIMIT; i++) {
      await api
        .http()
        .post('/me/password')
        .set(user.auth)
        .send({ currentPassword: 'guess ' + i, newPassword: 'a brand new passphrase' })
        .expect(422);
    }
    expectRateLimited(
      await api
        .http()
        .post('/me/password')
        .set(user.auth)
        .send({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase' }),
    );
    // The password did not change.
    await expect(api.command(new LoginCommand(user.email, PASSWORD))).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
  });

  it('limits email verification requests', async () => {
    for (let i = 0; i < LIMIT; i++) {
      const user = await account();
      await api.http().post('/me/email-verification').set(user.auth).expect(202);
    }
    const user = await account();
    expectRateLimited(await api.http().post('/me/email-verification').set(user.auth));
    expect(api.codes.sentTo(user.email)).toHaveLength(0);
  });

  it('limits email verification code guesses', async () => {
    const user = await account();
    await api.http().post('/me/email-verification').set(user.auth).expect(202);
    const [message] = api.codes.sentTo(user.email);
    const code = /code is (\d{6})/.exec(message.text)![1];
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < LIMIT; i++) {
      await api
        .http()
        .post('/me/email-verification/confirm')
        .set(user.auth)
        .send({ code: wrong })
        .expect(422);
    }
    expectRateLimited(
      await api.http().post('/me/email-verification/confirm').set(user.auth).send({ code }),
    );
    const profile = await api.http().get('/me').set(user.auth).expect(200);
    expect(profile.body.emailVerified).toBe(false);
  });

  it('does not apply the credential limit to ordinary routes', async () => {
    const user = await account();
    for (let i = 0; i < LIMIT * 3; i++) {
      await api.http().get('/me').set(user.auth).expect(200);
    }
    await api.http().get('/me/addresses').set(user.auth).expect(200);
  });
});
