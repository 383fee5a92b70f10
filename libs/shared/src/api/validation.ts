import {
  ArgumentMetadata,
  HttpException,
  HttpStatus,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { memoizeValidationMetadata } from './validation-metadata-cache';

export interface FieldError {
  field: string;
  messages: string[];
}

/** 400 with one entry per invalid field; the message names the fields. */
export class ValidationFailedException extends HttpException {
  constructor(readonly fields: FieldError[]) {
    super(`Validation failed: ${fields.map((f) => f.field).join(', ')}`, HttpStatus.BAD_REQUEST);
  }
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Paths of strings holding U+0000, which PostgreSQL cannot store in text. */
function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    nulPaths(child, path ? `${path}.${key}` : key),
  );
}

/** Refuses NUL characters anywhere in the input before the DTO rules run. */
class PasarValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const fields = nulPaths(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
    if (fields.length > 0) {
      throw new ValidationFailedException(
        fields.map((field) => ({
          field: field || metadata.type,
          messages: [`${field || metadata.type} must not contain NUL characters`],
        })),
      );
    }
    return super.transform(value, metadata);
  }
}

/** The global pipe: unknown fields are refused, known ones are transformed to their DTO types. */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new PasarValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ValidationFailedException(flatten(errors)),
  });
}
