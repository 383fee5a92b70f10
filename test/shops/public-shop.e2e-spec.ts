import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { openShop, unique } from './shops-fixtures';

describe('shops: the public shop page and the API document', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const open = (seller: TestUser, body: Record<string, unknown> = {}) =>
    openShop(api, seller, body);

  describe('GET /shops/:slug (public)', () => {
    it('shows an active shop to anyone, without its owner', async () => {
      const shop = await open(await signUp(api, 'seller'), { description: 'Batik' });
      const res = await api.http().get(`/shops/${shop.slug}`).expect(200);
      expect(res.body).toEqual({
        id: shop.id,
        name: shop.name,
        slug: shop.slug,
        description: 'Batik',
        createdAt: shop.createdAt,
      });
    });

    it('answers 404 SHOPS.SHOP_NOT_FOUND for an inactive or unknown shop', async () => {
      const seller = await signUp(api, 'seller');
      const shop = await open(seller);
      await api
        .http()
        .patch(`/shops/${shop.id}`)
        .set(seller.auth)
        .send({ active: false })
        .expect(200);
      const inactive = await api.http().get(`/shops/${shop.slug}`).expect(404);
      expect(inactive.body.code).toBe('SHOPS.SHOP_NOT_FOUND');
      const unknown = await api
        .http()
        .get(`/shops/${unique('nobody')}`)
        .expect(404);
      expect(unknown.body.code).toBe('SHOPS.SHOP_NOT_FOUND');

      // Reopened, it is visible again.
      await api
        .http()
        .patch(`/shops/${shop.id}`)
        .set(seller.auth)
        .send({ active: true })
        .expect(200);
      await api.http().get(`/shops/${shop.slug}`).expect(200);
    });

    it('refuses a value that cannot be a slug with 400', async () => {
      const res = await api.http().get('/shops/Not_A_Slug').expect(400);
      expect(res.body.message).toBe('Validation failed: slug');
    });

    it('serves the public slug route beside the id routes of the same path shape', async () => {
      const seller = await signUp(api, 'seller');
      // A shop whose slug looks like another shop's id still resolves by slug.
      const target = await open(seller);
      const lookalike = await open(seller, { slug: target.id });
      const bySlug = await api.http().get(`/shops/${target.id}`).expect(200);
      expect(bySlug.body.id).toBe(lookalike.id);
      const managed = await api
        .http()
        .get(`/shops/${target.id}/manage`)
        .set(seller.auth)
        .expect(200);
      expect(managed.body.id).toBe(target.id);
      const patched = await api
        .http()
        .patch(`/shops/${target.id}`)
        .set(seller.auth)
        .send({ name: 'Target' })
        .expect(200);
      expect(patched.body.id).toBe(target.id);
    });
  });
  describe('OpenAPI document', () => {
    it('documents every shops route with its response and error bodies', async () => {
      const res = await api.http().get('/docs-json').expect(200);
      const paths = res.body.paths as Record<
        string,
        Record<string, { security?: unknown[]; responses: Record<string, unknown> }>
      >;
      const routes: [string, string, string[]][] = [
        ['post', '/shops', ['201', '400', '401', '403', '409']],
        ['get', '/shops/{slug}', ['200', '400', '404']],
        ['get', '/shops/{shopId}/manage', ['200', '400', '401', '403', '404']],
        ['patch', '/shops/{shopId}', ['200', '400', '401', '403', '404', '409']],
        ['get', '/me/shops', ['200', '400', '401', '403']],
        ['post', '/shops/{shopId}/offers', ['201', '400', '401', '403', '404', '409', '422']],
        ['get', '/shops/{shopId}/offers', ['200', '400', '401', '403', '404']],
        ['get', '/shops/{shopId}/offers/{offerId}', ['200', '400', '401', '403', '404']],
        ['patch', '/shops/{shopId}/offers/{offerId}', ['200', '400', '401', '403', '404', '422']],
      ];
      for (const [method, path, statuses] of routes) {
        const operation = paths[path]?.[method];
        expect({
          route: `${method} ${path}`,
          statuses: Object.keys(operation?.responses ?? {}),
        }).toEqual({
          route: `${method} ${path}`,
          statuses: expect.arrayContaining(statuses),
        });
        expect(operation.security).toEqual(path === '/shops/{slug}' ? undefined : [{ bearer: [] }]);
      }
    });
  });
});
