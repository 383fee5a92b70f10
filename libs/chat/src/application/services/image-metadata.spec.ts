import { GPS_MARK, jpegWithExif, pngWithText, webpWithExif } from '../../../test/test-images';
import { stripImageMetadata } from './image-metadata';

/** The JPEG markers in order, up to the start of scan. */
function jpegMarkers(bytes: Buffer): number[] {
  const markers: number[] = [];
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes[at + 1];
    markers.push(marker);
    if (marker === 0xda) break;
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return markers;
}

describe('stripImageMetadata', () => {
  it('drops a JPEG’s EXIF, XMP and comment segments and keeps JFIF, tables and the scan', () => {
    const original = jpegWithExif();
    const { type, bytes } = stripImageMetadata(original);
    expect(type).toEqual({ contentType: 'image/jpeg', extension: 'jpg' });
    expect(jpegMarkers(original)).toEqual([0xe0, 0xe1, 0xe1, 0xfe, 0xdb, 0xc0, 0xda]);
    expect(jpegMarkers(bytes)).toEqual([0xe0, 0xdb, 0xc0, 0xda]);
    expect(bytes.includes(GPS_MARK)).toBe(false);
    expect(bytes.includes('taken at home')).toBe(false);
    // The scan and end of image are copied byte for byte.
    expect(bytes.subarray(-7)).toEqual(original.subarray(-7));
  });

  it('drops a PNG’s text and time chunks and keeps the image chunks', () => {
    const { type, bytes } = stripImageMetadata(pngWithText());
    expect(type.contentType).toBe('image/png');
    expect(bytes.includes('tEXt')).toBe(false);
    expect(bytes.includes('Author=someone')).toBe(false);
    expect(bytes.includes('tIME')).toBe(false);
    for (const kept of ['IHDR', 'IDAT', 'IEND']) expect(bytes.includes(kept)).toBe(true);
  });

  it('drops a WebP’s EXIF and XMP chunks, clears their flags and fixes the RIFF size', () => {
    const { type, bytes } = stripImageMetadata(webpWithExif());
    expect(type.contentType).toBe('image/webp');
    expect(bytes.includes('EXIF')).toBe(false);
    expect(bytes.includes('XMP ')).toBe(false);
    expect(bytes.includes(GPS_MARK)).toBe(false);
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    const flags = bytes[20];
    expect(flags & 0x0c).toBe(0);
    expect(flags & 0x10).toBe(0x10); // alpha stays
  });

  it('refuses anything that is not a JPEG, PNG or WebP by its bytes, or is cut short', () => {
    const cases = [
      Buffer.from('just some text, named photo.jpg'),
      Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
      jpegWithExif().subarray(0, 30),
      pngWithText().subarray(0, 40),
    ];
    for (const bytes of cases) {
      expect(() => stripImageMetadata(bytes)).toThrow(
        expect.objectContaining({ code: 'CHAT.UNSUPPORTED_IMAGE', details: { field: 'file' } }),
      );
    }
  });
});
