import { randomUUID } from 'node:crypto';
import { signUp, startTestApi, TestApi } from '../support/test-api';

describe('identity: admin access and Bull Board', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  describe('GET /admin/users/:id', () => {
    it('refuses buyers and sellers with 403 AUTH.FORBIDDEN', async () => {
      const target = await signUp(api, 'buyer');
      for (const role of ['buyer', 'seller'] as const) {
        const caller = await signUp(api, role);
        const res = await api.http().get(`/admin/users/${target.id}`).set(caller.auth).expect(403);
        expect(res.body).toEqual({
          statusCode: 403,
          code: 'AUTH.FORBIDDEN',
          message: expect.any(String),
        });
        expect(JSON.stringify(res.body)).not.toContain(target.email);
      }
      // Not even for their own account.
      const self = await signUp(api, 'buyer');
      await api.http().get(`/admin/users/${self.id}`).set(self.auth).expect(403);
    });

    it('refuses a request without a token with 401', async () => {
      const target = await signUp(api, 'buyer');
      const res = await api.http().get(`/admin/users/${target.id}`).expect(401);
      expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');
    });

    it('shows any user to an admin', async () => {
      const admin = await signUp(api, 'admin');
      const target = await signUp(api, 'seller');
      const res = await api.http().get(`/admin/users/${target.id}`).set(admin.auth).expect(200);
      expect(res.body).toMatchObject({ id: target.id, email: target.email, role: 'seller' });

      const missing = await api
        .http()
        .get(`/admin/users/${randomUUID()}`)
        .set(admin.auth)
        .expect(404);
      expect(missing.body.code).toBe('IDENTITY.USER_NOT_FOUND');
      const malformed = await api.http().get('/admin/users/42').set(admin.auth).expect(400);
      expect(malformed.body.message).toBe('Validation failed: id');
    });
  });

  describe('Bull Board', () => {
    const formLogin = (email: string, password: string) =>
      api
        .http()
        .post('/admin/login')
        .type('form')
        .send(`email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`);

    /** The `name=value` pair of the admin cookie from a sign-in response. */
    const adminCookieFrom = (setCookie: string[] | string | undefined): string => {
      const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
      const cookie = cookies.find((c) => c.startsWith('pasar_admin='));
      expect(cookie).toBeDefined();
      return cookie!.split(';')[0];
    };

    it('refuses a buyer with a bearer token with 403', async () => {
      const buyer = await signUp(api, 'buyer');
      const res = await api
        .http()
        .get('/admin/queues')
        .set(buyer.auth)
        .set('accept', 'text/html')
        .expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'AUTH.FORBIDDEN' });
      await api.http().get('/admin/queues/api/queues').set(buyer.auth).expect(403);
      // A buyer's token planted in the admin cookie is refused just the same.
      await api
        .http()
        .get('/admin/queues/api/queues')
        .set('cookie', `pasar_admin=${buyer.accessToken}`)
        .expect(403);
    });

    it('answers 401 to an API client without credentials', async () => {
      const res = await api
        .http()
        .get('/admin/queues')
        .set('accept', 'application/json')
        .expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'AUTH.UNAUTHENTICATED' });
      await api
        .http()
        .get('/admin/queues/api/queues')
        .set('accept', 'application/json')
        .expect(401);
    });

    it('redirects a browser without credentials to the sign-in form', async () => {
      const res = await api.http().get('/admin/queues').set('accept', 'text/html').expect(303);
      expect(res.headers.location).toMatch(/^\/admin\/login\?next=/);
      expect(decodeURIComponent(res.headers.location)).toBe('/admin/login?next=/admin/queues');

      const form = await api.http().get('/admin/login?next=/admin/queues').expect(200);
      expect(form.headers['content-type']).toContain('text/html');
      expect(form.text).toContain('<form method="post" action="/admin/login">');
      expect(form.text).toContain('value="/admin/queues"');
    });

    it('refuses a forged or revoked token like no token', async () => {
      const res = await api
        .http()
        .get('/admin/queues')
        .set('cookie', 'pasar_admin=not-a-token')
        .set('accept', 'application/json')
        .expect(401);
      expect(res.body.code).toBe('AUTH.UNAUTHENTICATED');

      const admin = await signUp(api, 'admin');
      await api.http().post('/auth/logout').set(admin.auth).expect(204);
      await api.http().get('/admin/queues/api/queues').set(admin.auth).expect(401);
    });

    it('signs an admin in with the form and serves the board with the cookie', async () => {
      const admin = await signUp(api, 'admin');
      const signIn = await formLogin(admin.email, admin.password).expect(303);
      expect(signIn.headers.location).toBe('/admin/queues');
      const setCookie = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []);
      const raw = setCookie.find((c) => c.startsWith('pasar_admin='));
      expect(raw).toBeDefined();
      expect(raw).toMatch(/;\s*HttpOnly/i);
      expect(raw).toMatch(/;\s*SameSite=Strict/i);
      expect(raw).toMatch(/;\s*Path=\/admin(;|$)/);
      const cookie = adminCookieFrom(signIn.headers['set-cookie']);

      const board = await api
        .http()
        .get('/admin/queues')
        .set('cookie', cookie)
        .set('accept', 'text/html')
        .expect(200);
      expect(board.headers['content-type']).toContain('text/html');
      expect(board.text).toMatch(/<html/i);

      const queues = await api
        .http()
        .get('/admin/queues/api/queues')
        .set('cookie', cookie)
        .set('accept', 'application/json')
        .expect(200);
      const names = (queues.body.queues as { name: string }[]).map((q) => q.name);
      expect(names).toContain('domain-events');
    });

    it('signs the admin out of the board', async () => {
      const admin = await signUp(api, 'admin');
      const signIn = await formLogin(admin.email, admin.password).expect(303);
      const cookie = adminCookieFrom(signIn.headers['set-cookie']);
      await api.http().get('/admin/queues/api/queues').set('cookie', cookie).expect(200);

      const out = await api.http().post('/admin/logout').set('cookie', cookie).expect(303);
      expect(out.headers.location).toBe('/admin/login');
      expect(([] as string[]).concat(out.headers['set-cookie'] ?? []).join('\n')).toMatch(
        /pasar_admin=;/,
      );
      await api
        .http()
        .get('/admin/queues/api/queues')
        .set('cookie', cookie)
        .set('accept', 'application/json')
        .expect(401);
      // Only that session ended.
      await api.http().get('/admin/queues/api/queues').set(admin.auth).expect(200);
    });

    it('serves the board to an admin bearer token too', async () => {
      const admin = await signUp(api, 'admin');
      const queues = await api.http().get('/admin/queues/api/queues').set(admin.auth).expect(200);
      expect(queues.body.queues.map((q: { name: string }) => q.name)).toContain('domain-events');
    });

    it('refuses the form sign-in of a buyer with 401 and no cookie', async () => {
      const buyer = await signUp(api, 'buyer');
      const res = await formLogin(buyer.email, buyer.password).expect(401);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.text).toContain('not an admin');
      expect(JSON.stringify(res.headers['set-cookie'] ?? [])).not.toContain('pasar_admin=');
    });

    it('refuses the form sign-in with a wrong password with 401 and no cookie', async () => {
      const admin = await signUp(api, 'admin');
      const res = await formLogin(admin.email, 'not the password').expect(401);
      expect(res.text).toContain('Email or password is wrong');
      expect(JSON.stringify(res.headers['set-cookie'] ?? [])).not.toContain('pasar_admin=');
    });

    it('does not redirect to another site after sign-in', async () => {
      const admin = await signUp(api, 'admin');
      const res = await api
        .http()
        .post('/admin/login')
        .type('form')
        .send(
          `email=${encodeURIComponent(admin.email)}&password=${encodeURIComponent(admin.password)}` +
            `&next=${encodeURIComponent('https://evil.example/admin/queues')}`,
        );
      expect(res.status).toBe(400);
      expect(res.headers.location).toBeUndefined();
    });
  });
});
