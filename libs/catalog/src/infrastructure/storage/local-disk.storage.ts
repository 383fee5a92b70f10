import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pasar/shared';
import { MediaStorage } from '../../application/ports/media-storage';

/** Files under UPLOAD_DIR, served by the API itself under `${PUBLIC_URL}/media/<key>`. */
@Injectable()
export class LocalDiskStorage extends MediaStorage {
  private readonly root: string;
  private readonly baseUrl: string;

  constructor(config: AppConfig) {
    super();
    this.root = resolve(config.storage.uploadDir);
    this.baseUrl = `${config.publicUrl.replace(/\/+$/, '')}/media`;
  }

  async put(key: string, body: Buffer): Promise<string> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
    return `${this.baseUrl}/${key}`;
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key escapes the root: ${key}`);
    return path;
  }
}
