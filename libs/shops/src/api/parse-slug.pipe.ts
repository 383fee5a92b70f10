import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '@pasar/shared';
import { SLUG_MAX, SLUG_PATTERN } from '../domain/shop/shop.aggregate';

/** `@Param('slug', ParseSlugPipe)`: a value no shop could have as slug is a 400 naming it. */
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
