import type {} from '@fastify/multipart';
import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { FieldError, ValidationFailedException } from '@pasar/shared';
import { detectImageType, ImageType } from '../application/services/image-type';

export const MAX_ALT_LENGTH = 300;

export interface ImageUpload {
  bytes: Buffer;
  type: ImageType;
  alt: string | null;
}

/**
 * Reads a multipart upload: one `file` part and an optional `alt` field, in any order. The size
 * limit (IMAGE_MAX_BYTES) is enforced while streaming (413); the type comes from the bytes (415).
 */
export async function readImageUpload(request: FastifyRequest): Promise<ImageUpload> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaTypeException(
      'Send the image as multipart/form-data with a "file" part',
    );
  }
  const { bytes, alt, errors } = await readParts(request);
  if (!bytes) errors.push({ field: 'file', messages: ['file is required'] });
  if (alt && alt.length > MAX_ALT_LENGTH) {
    errors.push({ field: 'alt', messages: [`alt must be at most ${MAX_ALT_LENGTH} characters`] });
  }
  if (errors.length > 0 || !bytes) throw new ValidationFailedException(errors);
  const type = detectImageType(bytes);
  if (!type) {
    throw new UnsupportedMediaTypeException('The file is not a JPEG, PNG, WebP or GIF image');
  }
  return { bytes, type, alt };
}

async function readParts(
  request: FastifyRequest,
): Promise<{ bytes?: Buffer; alt: string | null; errors: FieldError[] }> {
  let bytes: Buffer | undefined;
  let alt: string | null = null;
  const errors: FieldError[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file' && !bytes) bytes = data;
        else
          errors.push({ field: part.fieldname, messages: [`${part.fieldname} is not expected`] });
      } else if (part.fieldname === 'alt') {
        alt = String(part.value).trim() || null;
      } else {
        errors.push({
          field: part.fieldname,
          messages: [`property ${part.fieldname} should not exist`],
        });
      }
    }
  } catch (error) {
    // Multipart's own limit errors carry a status (413); a body that does not parse does not.
    if (typeof (error as { statusCode?: unknown }).statusCode === 'number') throw error;
    throw new BadRequestException(`The multipart body is malformed: ${(error as Error).message}`);
  }
  return { bytes, alt, errors };
}
