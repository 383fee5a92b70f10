/**
 * Where uploaded media live. Two adapters: the local disk (default; the API serves the files
 * under /media/) and S3-compatible object storage (STORAGE_DRIVER=s3).
 */
export abstract class MediaStorage {
  /** Stores `body` under `key` (e.g. "products/<id>/<uuid>.jpg") and returns its public URL. */
  abstract put(key: string, body: Buffer, contentType: string): Promise<string>;
  /** The object's bytes, or null when there is none (for media served only through the API). */
  abstract read(key: string): Promise<Buffer | null>;
  /** Removes the object; removing one that is gone is not an error. */
  abstract delete(key: string): Promise<void>;
}
