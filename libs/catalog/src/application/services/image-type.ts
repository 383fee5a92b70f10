const SIGNED_TYPES = [
  { contentType: 'image/jpeg', extension: 'jpg', magic: [[0xff, 0xd8, 0xff]] },
  {
    contentType: 'image/png',
    extension: 'png',
    magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  },
  {
    contentType: 'image/gif',
    extension: 'gif',
    magic: [
      [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
      [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
    ],
  },
] as const;

/** An image type a product accepts, recognized by its first bytes (never by the client's word). */
export interface ImageType {
  contentType: string;
  extension: string;
}

const startsWith = (bytes: Buffer, prefix: readonly number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);

/** JPEG, PNG, GIF or WebP ("RIFF" … "WEBP"), or null for anything else. */
export function detectImageType(bytes: Buffer): ImageType | null {
  for (const type of SIGNED_TYPES) {
    if (type.magic.some((magic) => startsWith(bytes, magic))) return type;
  }
  const riff = [0x52, 0x49, 0x46, 0x46];
  const webp = [0x57, 0x45, 0x42, 0x50];
  if (startsWith(bytes, riff) && startsWith(bytes, webp, 8)) {
    return { contentType: 'image/webp', extension: 'webp' };
  }
  return null;
}
