import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { signUp, startTestApi, TestApi } from '../support/test-api';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let sequence = 0;
const freshEmail = (tag: string) => `${tag}${++sequence}.${Date.now()}@example.com`;

describe('identity: registration, sign-in and sessions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const login = (email: string, password: string) =>
    api.http().post('/auth/login').send({ email, password });
  const refresh = (refreshToken: string) => api.http().post('/auth/refresh').send({ refreshToken });
  const me = (accessToken: string) => api.http().get('/me').set(bearer(accessToken));

  describe('registration', () => {
    it('registers a buyer and returns its view without any secret', async () => {
      const email = freshEmail('ana');
      const res = await api
        .http()
        .post('/auth/register')
        .send({ email, password: 'correct horse battery', name: '  Ana Putri ', role: 'buyer' })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email,
        phone: null,
        name: 'Ana Putri',
        role: 'buyer',
        emailVerified: false,
        phoneVerified: false,
        createdAt: expect.any(String),
      });
      expect(JSON.stringify(res.body)).not.toMatch(/password|hash/i);
    });

    it('registers a seller who can then sign in with the seller role', async () => {
      const email = freshEmail('seller');
      await api
        .http()
        .post('/auth/register')
        .send({ email, password: 'correct horse battery', name: 'Toko Ana', role: 'seller' })
        .expect(201);
      const tokens = await login(email, 'correct horse battery').expect(200);
      const profile = await me(tokens.body.accessToken).expect(200);
      expect(profile.body).toMatchObject({ email, role: 'seller' });
    });

    it('refuses invalid input with 400 naming every bad field, and creates nothing', async () => {
      const email = freshEmail('invalid');
      const res = await api
        .http()
        .post('/auth/register')
        .send({ email: 'not-an-email', password: 'short', name: '', role: 'admin' })
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'REQUEST.VALIDATION_FAILED' });
      const fields = (res.body.details.fields as { field: string }[]).map((f) => f.field).sort();
      expect(fields).toEqual(['email', 'name', 'password', 'role']);
      expect(res.body.message).toMatch(/^Validation failed: /);
      for (const field of fields) expect(res.body.message).toContain(field);

      // A valid email with one bad field: still nothing is created for that email.
      const weak = await api
        .http()
        .post('/auth/register')
        .send({ email, password: 'short', name: 'Ana', role: 'buyer' })
        .expect(400);
      expect(weak.body.details.fields).toEqual([
        { field: 'password', messages: [expect.stringContaining('password')] },
      ]);
      await login(email, 'short').expect(401);
      await login(email, 'correct horse battery').expect(401);
      await api
        .http()
        .post('/auth/register')
        .send({ email, password: 'correct horse battery', name: 'Ana', role: 'buyer' })
        .expect(201);
    });

    it('refuses self-registration as an admin', async () => {
      const email = freshEmail('wannabe');
      const res = await api
        .http()
        .post('/auth/register')
        .send({ email, password: 'correct horse battery', name: 'Mallory', role: 'admin' })
        .expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(res.body.details.fields).toEqual([
        { field: 'role', messages: ['role must be buyer or seller'] },
      ]);
      await login(email, 'correct horse battery').expect(401);
    });

    it('refuses fields the request does not define', async () => {
      const email = freshEmail('extra');
      const res = await api
        .http()
        .post('/auth/register')
        .send({
          email,
          password: 'correct horse battery',
          name: 'Ana',
          role: 'buyer',
          emailVerified: true,
        })
        .expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(res.body.message).toContain('emailVerified');
      await login(email, 'correct horse battery').expect(401);
    });

    it('refuses a second account for the same email with 409 IDENTITY.EMAIL_TAKEN', async () => {
      const first = await signUp(api, 'buyer');
      const res = await api
        .http()
        .post('/auth/register')
        .send({ email: first.email, password: 'another password', name: 'Other', role: 'seller' })
        .expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'IDENTITY.EMAIL_TAKEN' });
      // The original account is untouched: its password still works, the new one does not.
      await login(first.email, first.password).expect(200);
      await login(first.email, 'another password').expect(401);
    });

    it('lets only one of two simultaneous registrations of an email succeed', async () => {
      const email = freshEmail('race');
      const attempt = () =>
        api
          .http()
          .post('/auth/register')
          .send({ email, password: 'correct horse battery', name: 'Racer', role: 'buyer' });
      const results = await Promise.all([attempt(), attempt()]);
      expect(results.map((res) => res.status).sort()).toEqual([201, 409]);
      expect(results.find((res) => res.status === 409)?.body.code).toBe('IDENTITY.EMAIL_TAKEN');
      await login(email, 'correct horse battery').expect(200);
    });

    it('treats emails case-insensitively', async () => {
      const local = `ana${++sequence}.${Date.now()}`;
      await api
        .http()
        .post('/auth/register')
        .send({
          email: `${local}@x.com`,
          password: 'correct horse battery',
          name: 'Ana',
          role: 'buyer',
        })
        .expect(201);
      const res = await api
        .http()
        .post('/auth/register')
        .send({
          email: `${local.toUpperCase()}@X.COM`,
          password: 'correct horse battery',
          name: 'Ana Again',
          role: 'buyer',
        })
        .expect(409);
      expect(res.body.code).toBe('IDENTITY.EMAIL_TAKEN');
      const tokens = await login(`${local.toUpperCase()}@X.com`, 'correct horse battery').expect(
        200,
      );
      const profile = await me(tokens.body.accessToken).expect(200);
      expect(profile.body.email).toBe(`${local}@x.com`);
    });
  });

  describe('login', () => {
    it('returns a bearer token pair', async () => {
      const user = await signUp(api, 'buyer');
      const res = await login(user.email, user.password).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
        refreshExpiresAt: expect.any(String),
      });
      expect(new Date(res.body.refreshExpiresAt).getTime()).toBeGreaterThan(Date.now());
      const profile = await me(res.body.accessToken).expect(200);
      expect(profile.body).toMatchObject({ id: user.id, email: user.email, role: 'buyer' });
    });

    it('refuses a wrong password and an unknown email alike with 401 IDENTITY.INVALID_CREDENTIALS', async () => {
      const user = await signUp(api, 'buyer');
      const wrong = await login(user.email, 'not the password').expect(401);
      const unknown = await login(freshEmail('nobody'), user.password).expect(401);
      expect(wrong.body).toEqual({
        statusCode: 401,
        code: 'IDENTITY.INVALID_CREDENTIALS',
        message: expect.any(String),
      });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('refuses a malformed login with 400 naming the fields', async () => {
      const res = await api.http().post('/auth/login').send({ email: 'nope' }).expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      const fields = (res.body.details.fields as { field: string }[]).map((f) => f.field).sort();
      expect(fields).toEqual(['email', 'password']);
    });

    it('refuses requests without a valid access token with 401', async () => {
      const none = await api.http().get('/me').expect(401);
      expect(none.body).toMatchObject({ statusCode: 401, code: 'AUTH.UNAUTHENTICATED' });
      const forged = await me('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl').expect(401);
      expect(forged.body.code).toBe('AUTH.UNAUTHENTICATED');
    });
  });

  describe('access tokens', () => {
    it('refuses an expired access token', async () => {
      const user = await signUp(api, 'buyer');
      const [sessionId] = user.refreshToken.split('.');
      const expired = await api.app
        .get(JwtService)
        .signAsync(
          { sub: user.id, role: 'buyer', sid: sessionId, jti: randomUUID() },
          { expiresIn: -10 },
        );
      const res = await me(expired).expect(401);
      expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
      await me(user.accessToken).expect(200);
    });

    it('refuses a token whose claims were altered', async () => {
      const user = await signUp(api, 'buyer');
      const [header, payload, signature] = user.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const elevated = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString(
        'base64url',
      );
      await me(`${header}.${elevated}.${signature}`).expect(401);
      await api
        .http()
        .get(`/admin/users/${user.id}`)
        .set(bearer(`${header}.${elevated}.${signature}`))
        .expect(401);
    });
  });

  describe('profile', () => {
    it('renames the signed-in user and validates the name', async () => {
      const user = await signUp(api, 'buyer');
      const renamed = await api
        .http()
        .patch('/me')
        .set(user.auth)
        .send({ name: '  Budi Santoso ' })
        .expect(200);
      expect(renamed.body).toMatchObject({ id: user.id, name: 'Budi Santoso' });
      const bad = await api.http().patch('/me').set(user.auth).send({ name: '' }).expect(400);
      expect(bad.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['name']);
      const profile = await me(user.accessToken).expect(200);
      expect(profile.body.name).toBe('Budi Santoso');
    });
  });

  describe('refresh', () => {
    it('rotates the refresh token: the new pair works, the old access token stays valid', async () => {
      const user = await signUp(api, 'buyer');
      const res = await refresh(user.refreshToken).expect(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      expect(res.body.refreshToken).not.toBe(user.refreshToken);
      expect(res.body.accessToken).not.toBe(user.accessToken);
      const profile = await me(res.body.accessToken).expect(200);
      expect(profile.body.id).toBe(user.id);
      await me(user.accessToken).expect(200);
      // The newest refresh token can be rotated again.
      await refresh(res.body.refreshToken).expect(200);
    });

    it('revokes the whole session when a rotated refresh token is reused', async () => {
      const user = await signUp(api, 'buyer');
      const rotated = await refresh(user.refreshToken).expect(200);

      const reuse = await refresh(user.refreshToken).expect(401);
      expect(reuse.body).toMatchObject({ statusCode: 401, code: 'IDENTITY.REFRESH_TOKEN_REUSED' });

      const newest = await refresh(rotated.body.refreshToken).expect(401);
      expect(newest.body.code).toBe('IDENTITY.REFRESH_TOKEN_INVALID');
      await me(rotated.body.accessToken).expect(401);
      await me(user.accessToken).expect(401);
    });

    it('leaves the other sessions of the user alive when one session is revoked for reuse', async () => {
      const user = await signUp(api, 'buyer');
      const other = await login(user.email, user.password).expect(200);
      await refresh(user.refreshToken).expect(200);
      await refresh(user.refreshToken).expect(401);

      await me(other.body.accessToken).expect(200);
      await refresh(other.body.refreshToken).expect(200);
    });

    it('lets only one of two simultaneous refreshes of a token win, and revokes the session', async () => {
      const user = await signUp(api, 'buyer');
      const results = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
      expect(results.map((res) => res.status).sort()).toEqual([200, 401]);
      const winner = results.find((res) => res.status === 200)!;
      const loser = results.find((res) => res.status === 401)!;
      expect(loser.body.code).toBe('IDENTITY.REFRESH_TOKEN_REUSED');
      await refresh(winner.body.refreshToken).expect(401);
      await me(winner.body.accessToken).expect(401);
    });

    it('refuses unknown and malformed refresh tokens', async () => {
      const user = await signUp(api, 'buyer');
      const [familyId] = user.refreshToken.split('.');
      const forged = await refresh(`${familyId}.${'A'.repeat(43)}`).expect(401);
      // A well-formed but wrong secret for a live family counts as reuse.
      expect(forged.body.code).toBe('IDENTITY.REFRESH_TOKEN_REUSED');

      const unknown = await refresh(
        `00000000-0000-4000-8000-000000000000.${'B'.repeat(43)}`,
      ).expect(401);
      expect(unknown.body.code).toBe('IDENTITY.REFRESH_TOKEN_INVALID');
      const garbage = await refresh('garbage').expect(401);
      expect(garbage.body.code).toBe('IDENTITY.REFRESH_TOKEN_INVALID');
      const missing = await api.http().post('/auth/refresh').send({}).expect(400);
      expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toEqual([
        'refreshToken',
      ]);
    });
  });

  describe('logout', () => {
    it('revokes the access token in hand and the refresh token of its session', async () => {
      const user = await signUp(api, 'buyer');
      const rotated = await refresh(user.refreshToken).expect(200);
      await api.http().post('/auth/logout').set(bearer(rotated.body.accessToken)).expect(204);

      const after = await me(rotated.body.accessToken).expect(401);
      expect(after.body.code).toBe('AUTH.UNAUTHENTICATED');
      await me(user.accessToken).expect(401);
      const spent = await refresh(rotated.body.refreshToken).expect(401);
      expect(spent.body.code).toBe('IDENTITY.REFRESH_TOKEN_INVALID');
    });

    it('signs out only that session', async () => {
      const user = await signUp(api, 'buyer');
      const other = await login(user.email, user.password).expect(200);
      await api.http().post('/auth/logout').set(user.auth).expect(204);

      await me(user.accessToken).expect(401);
      await me(other.body.accessToken).expect(200);
      await refresh(other.body.refreshToken).expect(200);
      await login(user.email, user.password).expect(200);
    });

    it('needs an access token', async () => {
      const res = await api.http().post('/auth/logout').expect(401);
      expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
    });
  });

  describe('password change', () => {
    it('changes the password and signs out every session of the user', async () => {
      const user = await signUp(api, 'buyer');
      const second = await login(user.email, user.password).expect(200);
      const bystander = await signUp(api, 'buyer');

      await api
        .http()
        .post('/me/password')
        .set(user.auth)
        .send({ currentPassword: user.password, newPassword: 'a brand new passphrase' })
        .expect(204);

      await me(user.accessToken).expect(401);
      await me(second.body.accessToken).expect(401);
      for (const token of [user.refreshToken, second.body.refreshToken]) {
        const res = await refresh(token).expect(401);
        expect(res.body.code).toBe('IDENTITY.REFRESH_TOKEN_INVALID');
      }

      const old = await login(user.email, user.password).expect(401);
      expect(old.body.code).toBe('IDENTITY.INVALID_CREDENTIALS');
      const fresh = await login(user.email, 'a brand new passphrase').expect(200);
      await me(fresh.body.accessToken).expect(200);

      // Another user's session is not touched.
      await me(bystander.accessToken).expect(200);
    });

    it('refuses a wrong current password with 422 IDENTITY.WRONG_PASSWORD and changes nothing', async () => {
      const user = await signUp(api, 'buyer');
      const res = await api
        .http()
        .post('/me/password')
        .set(user.auth)
        .send({ currentPassword: 'not my password', newPassword: 'a brand new passphrase' })
        .expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'IDENTITY.WRONG_PASSWORD' });

      await me(user.accessToken).expect(200);
      await login(user.email, user.password).expect(200);
      await login(user.email, 'a brand new passphrase').expect(401);
    });

    it('refuses a too-short new password with 400 naming newPassword', async () => {
      const user = await signUp(api, 'buyer');
      const res = await api
        .http()
        .post('/me/password')
        .set(user.auth)
        .send({ currentPassword: user.password, newPassword: 'short' })
        .expect(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual([
        'newPassword',
      ]);
      await login(user.email, user.password).expect(200);
      await me(user.accessToken).expect(200);
    });
  });
});
