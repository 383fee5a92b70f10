import { Redis } from 'ioredis';
import { startTestApi, TestApi } from './support/test-api';

describe('operations endpoints', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('reports liveness and readiness of Postgres and Redis', async () => {
    await api.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await api.http().get('/health/ready').expect(200);
    expect(ready.body.details).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('exposes Prometheus metrics with the HTTP latency histogram and queue depths', async () => {
    await api.http().get('/health/live').expect(200);
    const metrics = await api.http().get('/metrics').expect(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.text).toContain('pasar_http_request_duration_seconds_bucket{');
    expect(metrics.text).toContain('route="/health/live"');
    expect(metrics.text).toMatch(/pasar_queue_jobs\{queue="domain-events",state="waiting"\} \d+/);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await api.http().get('/health/live').set('x-request-id', 'trace-123').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await api.http().get('/health/live').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers, on errors too', async () => {
    for (const res of [
      await api.http().get('/health/live').expect(200),
      await api.http().get('/no-such-route').expect(404),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('answers unknown routes and malformed JSON in the error shape', async () => {
    const missing = await api.http().get('/no-such-route').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'REQUEST.NOT_FOUND' });
    const bad = await api
      .http()
      .post('/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(bad.body).toMatchObject({ statusCode: 400, code: 'REQUEST.INVALID' });
  });

  it('refuses NUL characters (which PostgreSQL cannot store) as a 400 naming the field', async () => {
    const res = await api
      .http()
      .post('/auth/register')
      .send({ email: 'nul@example.com', password: 'password1', name: 'a\u0000b', role: 'buyer' })
      .expect(400);
    expect(res.body).toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      details: { fields: [{ field: 'name' }] },
    });
    await api
      .http()
      .post('/auth/login')
      .send({ email: 'nul@example.com', password: 'password1' })
      .expect(401);
  });
});

describe('readiness when a dependency is down', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers 503 SERVICE.UNAVAILABLE and says which dependency failed', async () => {
    api.app.get(Redis).disconnect();
    const res = await api.http().get('/health/ready').expect(503);
    expect(res.body).toMatchObject({
      statusCode: 503,
      code: 'SERVICE.UNAVAILABLE',
      details: { checks: { database: { status: 'up' }, redis: { status: 'down' } } },
    });
  });
});
