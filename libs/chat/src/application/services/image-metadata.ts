import { InvalidImageError } from '../../domain/room/chat.errors';

/** An image type chat accepts, recognized by its first bytes (never by the client's word). */
export interface ChatImageType {
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  extension: 'jpg' | 'png' | 'webp';
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** PNG chunks that carry text, camera data or a timestamp. */
const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);
/** WebP chunks that carry metadata, and their VP8X flag bits. */
const WEBP_METADATA = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

const unsupported = () =>
  new InvalidImageError('CHAT.UNSUPPORTED_IMAGE', 'file must be a JPEG, PNG or WebP image');
const malformed = (type: string) =>
  new InvalidImageError('CHAT.UNSUPPORTED_IMAGE', `file is not a well-formed ${type} image`);

/** JPEG, PNG or WebP by magic bytes, or null. */
export function detectChatImage(bytes: Buffer): ChatImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { contentType: 'image/jpeg', extension: 'jpg' };
  }
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { contentType: 'image/png', extension: 'png' };
  }
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return { contentType: 'image/webp', extension: 'webp' };
  }
  return null;
}

/**
 * The image without its metadata (EXIF with GPS positions, XMP, comments, text chunks), and its
 * type. Throws CHAT.UNSUPPORTED_IMAGE for anything but a well-formed JPEG, PNG or WebP.
 */
export function stripImageMetadata(bytes: Buffer): { type: ChatImageType; bytes: Buffer } {
  const type = detectChatImage(bytes);
  if (!type) throw unsupported();
  switch (type.extension) {
    case 'jpg':
      return { type, bytes: stripJpeg(bytes) };
    case 'png':
      return { type, bytes: stripPng(bytes) };
    case 'webp':
      return { type, bytes: stripWebp(bytes) };
  }
}

/**
 * Copies the segments before the scan except APP1..APP15 (EXIF, XMP, ICC, Adobe…) and COM;
 * from the start of scan on, the bytes are copied as they are.
 */
function stripJpeg(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at + 4 > bytes.length || bytes[at] !== 0xff) throw malformed('JPEG');
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      kept.push(bytes.subarray(at, at + 2));
      break;
    }
    const length = bytes.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw malformed('JPEG');
    if (marker === 0xda) {
      kept.push(bytes.subarray(at));
      break;
    }
    const metadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!metadata) kept.push(bytes.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

/** Copies every chunk up to IEND except the text, EXIF and time chunks. */
function stripPng(bytes: Buffer): Buffer {
  const kept: Buffer[] = [PNG_SIGNATURE];
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) throw malformed('PNG');
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) throw malformed('PNG');
    if (!PNG_METADATA.has(type)) kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(kept);
}

/** Drops the EXIF and XMP chunks, clears their VP8X flags and rewrites the RIFF size. */
function stripWebp(bytes: Buffer): Buffer {
  const kept: Buffer[] = [];
  let at = 12;
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  while (at < riffEnd) {
    if (at + 8 > riffEnd) throw malformed('WebP');
    const fourcc = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > riffEnd) throw malformed('WebP');
    if (!WEBP_METADATA.has(fourcc)) {
      const chunk = Buffer.from(bytes.subarray(at, Math.min(end, riffEnd)));
      if (fourcc === 'VP8X' && size >= 1) chunk[8] &= ~(VP8X_EXIF | VP8X_XMP);
      kept.push(chunk);
    }
    at = end;
  }
  const header = Buffer.from(bytes.subarray(0, 12));
  const body = Buffer.concat(kept);
  header.writeUInt32LE(body.length + 4, 4);
  return Buffer.concat([header, body]);
}
