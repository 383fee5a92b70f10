import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ValidationFailedException } from '@pasar/shared';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const KEY = /^[\x21-\x7e]{1,100}$/;

/**
 * The Idempotency-Key request header: required, 1 to 100 visible ASCII characters (e.g. a UUID);
 * missing or malformed is a 400 naming it.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const value: unknown = ctx.switchToHttp().getRequest().headers['idempotency-key'];
  if (typeof value === 'string' && KEY.test(value)) return value;
  throw new ValidationFailedException([
    {
      field: IDEMPOTENCY_KEY_HEADER,
      messages: [`${IDEMPOTENCY_KEY_HEADER} header is required: 1 to 100 visible ASCII characters`],
    },
  ]);
});
