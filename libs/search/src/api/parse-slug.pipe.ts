import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '@pasar/shared';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 200;

/** `@Param('slug', ParseSlugPipe)`: a value no product or shop could have as slug is a 400. */
@Injectable()
export class ParseSlugPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && value.length <= SLUG_MAX && SLUG_PATTERN.test(value)) {
      return value;
    }
    const field = metadata.data ?? 'slug';
    throw new ValidationFailedException([
      { field, messages: [`${field} must be a lower-case kebab-case slug`] },
    ]);
  }
}
