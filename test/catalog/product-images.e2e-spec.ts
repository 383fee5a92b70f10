import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(32, 3),
]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(32, 4)]);

interface ImageBody {
  id: string;
  url: string;
  alt: string | null;
  position: number;
  contentType: string;
  size: number;
}

describe('catalog: product images', () => {
  let api: TestApi;
  let uploads: string;
  let seller: TestUser;
  let rival: TestUser;
  let buyer: TestUser;
  let admin: TestUser;
  let categoryId: string;
  let counter = 0;

  beforeAll(async () => {
    uploads = await mkdtemp(join(tmpdir(), 'pasar-uploads-'));
    api = await startTestApi({ UPLOAD_DIR: uploads, IMAGE_MAX_BYTES: '2048' });
    [seller, rival, buyer, admin] = await Promise.all([
      signUp(api, 'seller'),
      signUp(api, 'seller'),
      signUp(api, 'buyer'),
      signUp(api, 'admin'),
    ]);
    const category = await api
      .http()
      .post('/catalog/categories')
      .set(admin.auth)
      .send({ name: 'Mugs', slug: 'mugs' })
      .expect(201);
    categoryId = category.body.id;
  });

  afterAll(async () => {
    await api.close();
    await rm(uploads, { recursive: true, force: true });
  });

  const product = async () => {
    const n = ++counter;
    const res = await api
      .http()
      .post('/catalog/products')
      .set(seller.auth)
      .send({ name: 'Mug', slug: `mug-${n}`, categoryId, variants: [{ sku: `MUG-${n}` }] })
      .expect(201);
    return res.body.id as string;
  };
  const upload = (productId: string, user: TestUser, file: Buffer, name = 'photo.png') =>
    api
      .http()
      .post(`/catalog/products/${productId}/images`)
      .set(user.auth)
      .attach('file', file, { filename: name, contentType: 'image/png' });
  const path = (url: string) => new URL(url).pathname;

  it('stores an upload, recognizes its type from the bytes and serves it under /media', async () => {
    const productId = await product();
    const res = await upload(productId, seller, JPEG, 'lies.png')
      .field('alt', ' Front ')
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      url: expect.stringMatching(new RegExp(`/media/products/${productId}/[0-9a-f-]{36}\\.jpg$`)),
      alt: 'Front',
      position: 0,
      contentType: 'image/jpeg',
      size: JPEG.length,
    });
    const served = await api.http().get(path(res.body.url)).expect(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.from(served.body)).toEqual(JPEG);
    for (const [file, type] of [
      [PNG, 'image/png'],
      [WEBP, 'image/webp'],
      [GIF, 'image/gif'],
    ] as const) {
      const other = await upload(productId, seller, file).expect(201);
      expect(other.body.contentType).toBe(type);
    }
    const view = await api
      .http()
      .get(`/catalog/products/${productId}`)
      .set(seller.auth)
      .expect(200);
    expect(view.body.images.map((i: ImageBody) => i.position)).toEqual([0, 1, 2, 3]);
  });

  it('refuses files that are not images (415), too large (413), missing or malformed (400)', async () => {
    const productId = await product();
    const text = await upload(productId, seller, Buffer.from('hello, not an image')).expect(415);
    expect(text.body).toMatchObject({ statusCode: 415, code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
    const big = Buffer.concat([PNG, Buffer.alloc(4096)]);
    const large = await upload(productId, seller, big).expect(413);
    expect(large.body).toMatchObject({ statusCode: 413, code: 'REQUEST.TOO_LARGE' });
    const missing = await api
      .http()
      .post(`/catalog/products/${productId}/images`)
      .set(seller.auth)
      .field('alt', 'no file')
      .expect(400);
    expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
    const json = await api
      .http()
      .post(`/catalog/products/${productId}/images`)
      .set(seller.auth)
      .send({ file: 'x' })
      .expect(415);
    expect(json.body.code).toBe('REQUEST.UNSUPPORTED_MEDIA_TYPE');
    const malformed = await api
      .http()
      .post(`/catalog/products/${productId}/images`)
      .set(seller.auth)
      .set('content-type', 'multipart/form-data; boundary=zzz')
      .send('not a multipart body')
      .expect(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'REQUEST.INVALID' });
    const view = await api
      .http()
      .get(`/catalog/products/${productId}`)
      .set(seller.auth)
      .expect(200);
    expect(view.body.images).toEqual([]);
  });

  it('reorders, re-describes and removes images', async () => {
    const productId = await product();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await upload(productId, seller, PNG).expect(201)).body.id);
    const moved = await api
      .http()
      .patch(`/catalog/products/${productId}/images/${ids[2]}`)
      .set(seller.auth)
      .send({ position: 0, alt: 'Back' })
      .expect(200);
    expect(moved.body).toMatchObject({ id: ids[2], position: 0, alt: 'Back' });
    const invalid = await api
      .http()
      .patch(`/catalog/products/${productId}/images/${ids[2]}`)
      .set(seller.auth)
      .send({ position: -1 })
      .expect(400);
    expect(invalid.body.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'position',
    ]);
    const removed = await api.http().get(`/catalog/products/${productId}`).set(seller.auth);
    const firstUrl = removed.body.images.find((i: ImageBody) => i.id === ids[0]).url;
    await api
      .http()
      .delete(`/catalog/products/${productId}/images/${ids[0]}`)
      .set(seller.auth)
      .expect(204);
    await api.http().get(path(firstUrl)).expect(404);
    const view = await api
      .http()
      .get(`/catalog/products/${productId}`)
      .set(seller.auth)
      .expect(200);
    expect(view.body.images.map((i: ImageBody) => [i.id, i.position])).toEqual([
      [ids[2], 0],
      [ids[1], 1],
    ]);
    const missing = await api
      .http()
      .delete(`/catalog/products/${productId}/images/${ids[0]}`)
      .set(seller.auth)
      .expect(404);
    expect(missing.body.code).toBe('CATALOG.IMAGE_NOT_FOUND');
  });

  it("keeps other sellers (404) and buyers (403) away from a product's images", async () => {
    const productId = await product();
    const image = (await upload(productId, seller, PNG).expect(201)).body as ImageBody;
    const stolen = await upload(productId, rival, PNG).expect(404);
    expect(stolen.body.code).toBe('CATALOG.PRODUCT_NOT_FOUND');
    await api
      .http()
      .patch(`/catalog/products/${productId}/images/${image.id}`)
      .set(rival.auth)
      .send({ alt: 'Mine' })
      .expect(404);
    await api
      .http()
      .delete(`/catalog/products/${productId}/images/${image.id}`)
      .set(rival.auth)
      .expect(404);
    await upload(productId, buyer, PNG).expect(403);
    await api
      .http()
      .delete(`/catalog/products/${productId}/images/${image.id}`)
      .set(buyer.auth)
      .expect(403);
    await api.http().post(`/catalog/products/${productId}/images`).attach('file', PNG).expect(401);
    await api
      .http()
      .patch(`/catalog/products/${productId}/images/${image.id}`)
      .set(admin.auth)
      .send({ alt: 'Curated' })
      .expect(200);
  });
});
