import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { loadConfig } from '@pasar/shared';
import { LocalDiskStorage } from '../src/infrastructure/storage/local-disk.storage';
import { S3Storage } from '../src/infrastructure/storage/s3.storage';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('media storage adapters', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pasar-media-'));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  describe('local disk', () => {
    const storage = () =>
      new LocalDiskStorage(
        loadConfig({ UPLOAD_DIR: join(dir, 'uploads'), PUBLIC_URL: 'http://cdn.test/' }),
      );

    it('writes the file under UPLOAD_DIR and answers its /media URL', async () => {
      const url = await storage().put('products/p1/a.png', PNG);
      expect(url).toBe('http://cdn.test/media/products/p1/a.png');
      expect(await readFile(join(dir, 'uploads/products/p1/a.png'))).toEqual(PNG);
    });

    it('deletes a file, and deleting a missing one is fine', async () => {
      await storage().put('products/p1/b.png', PNG);
      await storage().delete('products/p1/b.png');
      await expect(readFile(join(dir, 'uploads/products/p1/b.png'))).rejects.toThrow('ENOENT');
      await expect(storage().delete('products/p1/b.png')).resolves.toBeUndefined();
    });

    it('refuses a key that would escape the upload directory', async () => {
      await expect(storage().put('../outside.png', PNG)).rejects.toThrow('escapes the root');
    });
  });

  describe('S3-compatible (s3rver in-process)', () => {
    let server: S3rver;
    let endpoint: string;
    const credentials = { S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };

    beforeAll(async () => {
      server = new S3rver({
        port: 0,
        address: '127.0.0.1',
        silent: true,
        directory: join(dir, 's3'),
      });
      const { port } = await server.run();
      endpoint = `http://127.0.0.1:${port}`;
      const client = new S3Client({
        endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      });
      await client.send(new CreateBucketCommand({ Bucket: 'pasar-media' }));
      client.destroy();
    });

    afterAll(() => server.close());

    const storage = () =>
      new S3Storage(
        loadConfig({
          STORAGE_DRIVER: 's3',
          S3_ENDPOINT: endpoint,
          S3_BUCKET: 'pasar-media',
          ...credentials,
        }),
      );

    it('puts an object with its content type and serves it under the public URL', async () => {
      const s3 = storage();
      const url = await s3.put('products/p1/a.png', PNG, 'image/png');
      expect(url).toBe(`${endpoint}/pasar-media/products/p1/a.png`);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
      s3.onModuleDestroy();
    });

    it('deletes an object', async () => {
      const s3 = storage();
      const url = await s3.put('products/p1/b.png', PNG, 'image/png');
      await s3.delete('products/p1/b.png');
      expect((await fetch(url)).status).toBe(404);
      s3.onModuleDestroy();
    });

    it('is configured from validated variables', () => {
      expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(
        'Invalid environment variable S3_BUCKET: is required when STORAGE_DRIVER=s3',
      );
      expect(() =>
        loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'only-one' }),
      ).toThrow('S3_SECRET_ACCESS_KEY');
      expect(() => loadConfig({ STORAGE_DRIVER: 'ftp' })).toThrow('STORAGE_DRIVER');
      expect(
        loadConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'media', S3_REGION: 'eu-west-1' }).storage.s3,
      ).toMatchObject({
        endpoint: undefined,
        forcePathStyle: true,
        publicUrl: 'https://media.s3.eu-west-1.amazonaws.com',
      });
    });
  });
});
