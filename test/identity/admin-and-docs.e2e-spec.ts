import { randomUUID } from 'node:crypto';
import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { signUp, startTestApi, TestApi } from '../support/test-api';

interface OpenApiOperation {
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes?: Record<string, { type: string; scheme?: string }>;
    schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }>;
  };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Route {
  method: string;
  /** As Nest and Fastify write it: `/me/addresses/:id`. */
  path: string;
}

const asList = (value: unknown): string[] =>
  value === undefined ? [''] : Array.isArray(value) ? value.map(String) : [String(value)];

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');

/** Every route declared by a Nest controller of the running app (what Nest registered with Fastify). */
function controllerRoutes(api: TestApi): Route[] {
  const scanner = new MetadataScanner();
  const routes = new Map<string, Route>();
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const prefix of prefixes) {
          for (const path of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
            const route = { method: RequestMethod[method], path: joinPath(prefix, path) };
            routes.set(`${route.method} ${route.path}`, route);
          }
        }
      }
    }
  }
  return [...routes.values()];
}

/**
 * Every method + path the Fastify server answers, read from its route tree
 * (`printRoutes({ commonPrefix: false })` prints one node per line, indented four characters
 * per level, each node's path relative to its parent). HEAD routes Fastify adds for GET and
 * the CORS preflight catch-all are left out.
 */
function serverRoutes(api: TestApi): Route[] {
  const tree = api.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const line = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/;
  const parents: string[] = [];
  const routes: Route[] = [];
  for (const text of tree.split('\n').filter((t) => t.trim() !== '')) {
    const match = line.exec(text);
    if (!match) throw new Error(`Cannot read the route tree line "${text}"`);
    const depth = [...match[1]].length / 4;
    const path = (depth === 0 ? '' : parents[depth - 1]) + match[2];
    parents[depth] = path;
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (method === 'HEAD' || (method === 'OPTIONS' && path === '*')) continue;
      routes.push({ method, path });
    }
  }
  return routes;
}

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const isExcluded = (path: string) => /^\/(admin\/queues|docs)(\/|-|$)/.test(path);

describe('identity: admin access, Bull Board and the OpenAPI document', () => {
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

  describe('OpenAPI document', () => {
    let document: OpenApiDocument;

    beforeAll(async () => {
      const res = await api.http().get('/docs-json').expect(200);
      document = res.body as OpenApiDocument;
    });

    it('documents every route of every controller', () => {
      const routes = controllerRoutes(api).filter((route) => !isExcluded(route.path));
      const listed = routes.map((route) => `${route.method} ${toOpenApiPath(route.path)}`);
      // The gathering itself works: it sees the identity, admin and operations routes.
      expect(listed).toEqual(
        expect.arrayContaining([
          'POST /auth/register',
          'POST /auth/otp/verify',
          'GET /me',
          'PATCH /me',
          'POST /me/email-verification/confirm',
          'GET /me/addresses/{id}',
          'POST /me/addresses/{id}/default',
          'PUT /me/wishlist/{productId}',
          'GET /admin/users/{id}',
          'POST /admin/login',
          'GET /health/ready',
        ]),
      );

      const fastify = api.app.getHttpAdapter().getInstance();
      const undocumented: string[] = [];
      for (const route of routes) {
        // Each gathered route is one the server really answers.
        expect(fastify.hasRoute({ method: route.method as 'GET', url: route.path })).toBe(true);
        const operations = document.paths[toOpenApiPath(route.path)] ?? {};
        if (!operations[route.method.toLowerCase()]) {
          undocumented.push(`${route.method} ${toOpenApiPath(route.path)}`);
        }
      }
      expect(undocumented).toEqual([]);
    });

    it('finds no server route outside the controllers but Bull Board and the docs', () => {
      const key = (route: Route) => `${route.method} ${route.path}`;
      const fromControllers = new Set(controllerRoutes(api).map(key));
      const served = serverRoutes(api);
      // The tree was read: it holds the controllers' routes and Bull Board's.
      expect(served.map(key)).toEqual(
        expect.arrayContaining(['POST /auth/login', 'GET /me/addresses/:id', 'GET /admin/queues']),
      );
      const unknown = served
        .filter((route) => !isExcluded(route.path) && !fromControllers.has(key(route)))
        .map(key);
      expect(unknown).toEqual([]);
    });

    it('documents no route that does not exist', () => {
      const fastify = api.app.getHttpAdapter().getInstance();
      const phantom: string[] = [];
      for (const [path, operations] of Object.entries(document.paths)) {
        for (const method of Object.keys(operations).filter((m) => HTTP_METHODS.includes(m))) {
          const url = path.replace(/\{([^}]+)\}/g, ':$1');
          if (!fastify.hasRoute({ method: method.toUpperCase() as 'GET', url })) {
            phantom.push(`${method.toUpperCase()} ${path}`);
          }
        }
      }
      expect(phantom).toEqual([]);
    });

    it('declares the bearer scheme and uses it on authenticated routes', () => {
      expect(document.components.securitySchemes?.bearer).toMatchObject({
        type: 'http',
        scheme: 'bearer',
      });
      expect(document.paths['/me'].get.security).toEqual([{ bearer: [] }]);
      expect(document.paths['/admin/users/{id}'].get.security).toEqual([{ bearer: [] }]);
      expect(document.paths['/auth/login'].post.security).toBeUndefined();
    });

    it('describes error responses with the ErrorBody schema', () => {
      const notFound = document.paths['/me/addresses/{id}'].get.responses['404'];
      expect(notFound.content?.['application/json']?.schema?.$ref).toBe(
        '#/components/schemas/ErrorBody',
      );
      const errorBody = document.components.schemas.ErrorBody;
      expect(Object.keys(errorBody.properties)).toEqual(
        expect.arrayContaining(['statusCode', 'code', 'message', 'details']),
      );
      expect(errorBody.required).toEqual(expect.arrayContaining(['statusCode', 'code', 'message']));
      expect(
        document.paths['/auth/register'].post.responses['409'].content?.['application/json']?.schema
          ?.$ref,
      ).toBe('#/components/schemas/ErrorBody');
    });
  });
});
