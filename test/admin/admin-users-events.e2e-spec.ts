import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';

/** The queues every process registers; Bull Board must list each one. */
const EXPECTED_QUEUES = [
  'chat-reminders',
  'domain-events',
  'notification-emails',
  'order-completion',
  'payments-refunds',
  'projections',
  'reservation-expiry',
  'reservation-sweeper',
];

describe('admin: users, events and queues', () => {
  let api: TestApi;
  let admin: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signUp(api, 'admin');
  });

  afterAll(() => api?.close());

  describe('users', () => {
    it('lists users filtered by role and text, newest first, paginated', async () => {
      const seller = await signUp(api, 'seller', `zeta.${Date.now()}@example.com`);
      const buyer = await signUp(api, 'buyer');
      const sellers = await api
        .http()
        .get('/admin/users?role=seller&limit=100')
        .set(admin.auth)
        .expect(200);
      expect(sellers.body.items.map((u: { id: string }) => u.id)).toContain(seller.id);
      expect(sellers.body.items.every((u: { role: string }) => u.role === 'seller')).toBe(true);

      const byText = await api.http().get('/admin/users?q=ZETA.').set(admin.auth).expect(200);
      expect(byText.body).toMatchObject({ total: 1, items: [{ id: seller.id, bannedAt: null }] });

      const page = await api
        .http()
        .get('/admin/users?limit=1&offset=0')
        .set(admin.auth)
        .expect(200);
      expect(page.body.items).toHaveLength(1);
      expect(page.body.items[0].id).toBe(buyer.id);
      expect(page.body.total).toBeGreaterThanOrEqual(3);
    });

    it('refuses bad filters with 400 and non-admins with 403', async () => {
      const bad = await api.http().get('/admin/users?role=king').set(admin.auth).expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
      await api.http().get('/admin/users?limit=0').set(admin.auth).expect(400);
      const buyer = await signUp(api, 'buyer');
      const seller = await signUp(api, 'seller');
      await api.http().get('/admin/users').set(buyer.auth).expect(403);
      await api.http().post(`/admin/users/${seller.id}/ban`).set(seller.auth).expect(403);
      await api.http().get('/admin/users').expect(401);
    });

    it('a ban revokes every session at once and blocks login; unban lets the user back in', async () => {
      const victim = await signUp(api, 'seller');
      const second = await api
        .http()
        .post('/auth/login')
        .send({ email: victim.email, password: victim.password })
        .expect(200);
      await api.http().get('/me').set(victim.auth).expect(200);

      await api.http().post(`/admin/users/${victim.id}/ban`).set(admin.auth).expect(204);
      // Both sessions' access tokens are refused, and neither refresh token works.
      await api.http().get('/me').set(victim.auth).expect(401);
      await api
        .http()
        .get('/me')
        .set('authorization', `Bearer ${second.body.accessToken}`)
        .expect(401);
      await api
        .http()
        .post('/auth/refresh')
        .send({ refreshToken: second.body.refreshToken })
        .expect(401);
      const login = await api
        .http()
        .post('/auth/login')
        .send({ email: victim.email, password: victim.password })
        .expect(403);
      expect(login.body.code).toBe('IDENTITY.USER_BANNED');
      const shown = await api.http().get(`/admin/users/${victim.id}`).set(admin.auth).expect(200);
      expect(shown.body.bannedAt).toEqual(expect.any(String));
      // Banning again is harmless.
      await api.http().post(`/admin/users/${victim.id}/ban`).set(admin.auth).expect(204);

      await api.http().post(`/admin/users/${victim.id}/unban`).set(admin.auth).expect(204);
      const back = await api
        .http()
        .post('/auth/login')
        .send({ email: victim.email, password: victim.password })
        .expect(200);
      await api
        .http()
        .get('/me')
        .set('authorization', `Bearer ${back.body.accessToken}`)
        .expect(200);
      // The sessions revoked by the ban stay revoked.
      await api.http().get('/me').set(victim.auth).expect(401);
      const after = await api.http().get(`/admin/users/${victim.id}`).set(admin.auth).expect(200);
      expect(after.body.bannedAt).toBeNull();
    });

    it('answers unknown users with 404, bad ids with 400 and self-bans with 422', async () => {
      const missing = await api
        .http()
        .post('/admin/users/00000000-0000-4000-8000-000000000000/ban')
        .set(admin.auth)
        .expect(404);
      expect(missing.body.code).toBe('IDENTITY.USER_NOT_FOUND');
      await api.http().post('/admin/users/nope/ban').set(admin.auth).expect(400);
      const self = await api
        .http()
        .post(`/admin/users/${admin.id}/ban`)
        .set(admin.auth)
        .expect(422);
      expect(self.body.code).toBe('IDENTITY.CANNOT_BAN_SELF');
    });
  });

  describe('events', () => {
    it('lists outbox events newest first with filters and pagination', async () => {
      const a = await signUp(api, 'buyer');
      const b = await signUp(api, 'buyer');
      const all = await api
        .http()
        .get('/admin/events?type=identity.user-registered&limit=2')
        .set(admin.auth)
        .expect(200);
      expect(all.body.limit).toBe(2);
      expect(all.body.items.map((e: { aggregateId: string }) => e.aggregateId)).toEqual([
        b.id,
        a.id,
      ]);
      expect(all.body.total).toBeGreaterThanOrEqual(3);
      const next = await api
        .http()
        .get('/admin/events?type=identity.user-registered&limit=2&offset=1')
        .set(admin.auth)
        .expect(200);
      expect(next.body.items[0].aggregateId).toBe(a.id);

      const one = await api
        .http()
        .get(`/admin/events?aggregateType=User&aggregateId=${a.id}`)
        .set(admin.auth)
        .expect(200);
      expect(one.body).toMatchObject({
        total: 1,
        items: [{ type: 'identity.user-registered', aggregateType: 'User', aggregateId: a.id }],
      });

      const future = new Date(Date.now() + 3_600_000).toISOString();
      const none = await api
        .http()
        .get(`/admin/events?from=${encodeURIComponent(future)}`)
        .set(admin.auth)
        .expect(200);
      expect(none.body).toMatchObject({ total: 0, items: [] });
      const past = await api
        .http()
        .get(`/admin/events?to=${encodeURIComponent(future)}&aggregateId=${b.id}`)
        .set(admin.auth)
        .expect(200);
      expect(past.body.total).toBe(1);
    });

    it('shows one event with its payload, publication and the consumers that handled it', async () => {
      const user = await signUp(api, 'buyer');
      const list = await api
        .http()
        .get(`/admin/events?aggregateId=${user.id}`)
        .set(admin.auth)
        .expect(200);
      const id = list.body.items[0].id as string;
      // Mark it handled by a consumer, as the worker's inbox does.
      const em = api.app.get((await import('@mikro-orm/postgresql')).EntityManager).fork();
      await em.execute(`insert into shared.processed_events (consumer, event_id) values (?, ?)`, [
        'test.consumer',
        id,
      ]);
      const res = await api.http().get(`/admin/events/${id}`).set(admin.auth).expect(200);
      expect(res.body).toMatchObject({
        id,
        type: 'identity.user-registered',
        aggregateId: user.id,
        payload: { userId: user.id, role: 'buyer', email: user.email },
        handledBy: [{ consumer: 'test.consumer', processedAt: expect.any(String) }],
      });
      expect(res.body).toHaveProperty('publishedAt');
    });

    it('answers 404, 400 and 403 as documented', async () => {
      const missing = await api
        .http()
        .get('/admin/events/00000000-0000-4000-8000-000000000000')
        .set(admin.auth)
        .expect(404);
      expect(missing.body.code).toBe('ADMIN.EVENT_NOT_FOUND');
      await api.http().get('/admin/events/42').set(admin.auth).expect(400);
      await api.http().get('/admin/events?from=yesterday').set(admin.auth).expect(400);
      await api.http().get('/admin/events?limit=1000').set(admin.auth).expect(400);
      const buyer = await signUp(api, 'buyer');
      await api.http().get('/admin/events').set(buyer.auth).expect(403);
      await api.http().get(`/admin/events/${buyer.id}`).set(buyer.auth).expect(403);
    });
  });

  it('Bull Board lists every queue', async () => {
    const res = await api.http().get('/admin/queues/api/queues').set(admin.auth).expect(200);
    const names = (res.body.queues as { name: string }[]).map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(EXPECTED_QUEUES));
  });
});
