import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '@pasar/shared';

const INTENT_ID = /^[A-Za-z0-9_]{1,255}$/;

/** A provider's intent id (`sim_pi_…`, `pi_…`): a malformed one is a 400 naming the parameter. */
@Injectable()
export class ParseIntentIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && INTENT_ID.test(value)) return value;
    const field = metadata.data ?? 'intentId';
    throw new ValidationFailedException([
      { field, messages: [`${field} must be 1 to 255 letters, digits or underscores`] },
    ]);
  }
}
