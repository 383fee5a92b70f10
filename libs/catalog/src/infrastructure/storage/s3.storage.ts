import { Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AppConfig, S3Config } from '@pasar/shared';
import { MediaStorage } from '../../application/ports/media-storage';

/** Objects in an S3-compatible bucket (AWS, MinIO, R2…), read publicly under S3_PUBLIC_URL. */
@Injectable()
export class S3Storage extends MediaStorage implements OnModuleDestroy {
  private readonly client: S3Client;
  private readonly s3: S3Config;

  constructor(config: AppConfig) {
    super();
    if (!config.storage.s3) throw new Error('S3Storage needs STORAGE_DRIVER=s3 and its variables');
    this.s3 = config.storage.s3;
    this.client = new S3Client({
      endpoint: this.s3.endpoint,
      region: this.s3.region,
      forcePathStyle: this.s3.forcePathStyle,
      credentials:
        this.s3.accessKeyId && this.s3.secretAccessKey
          ? { accessKeyId: this.s3.accessKeyId, secretAccessKey: this.s3.secretAccessKey }
          : undefined,
    });
  }

  async put(key: string, body: Buffer, contentType: string): Promise<string> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.s3.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
    return `${this.s3.publicUrl}/${key}`;
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.s3.bucket, Key: key }),
      );
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.s3.bucket, Key: key }));
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }
}
