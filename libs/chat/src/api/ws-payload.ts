import { Logger, Type as ClassType } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { toErrorBody, ValidationFailedException } from '@pasar/shared';

/** What every client→server event acks: data, or an error with a stable code. */
export type Ack<T = unknown> =
  { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/**
 * Checks a Socket.IO payload against its class the way the HTTP pipe checks bodies:
 * anything but an object, unknown fields or invalid values → REQUEST.VALIDATION_FAILED.
 */
export async function validatePayload<T extends object>(
  type: ClassType<T>,
  payload: unknown,
): Promise<T> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ValidationFailedException([
      { field: 'payload', messages: ['payload must be an object'] },
    ]);
  }
  const input = plainToInstance(type, payload);
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new ValidationFailedException(
      errors.map((error) => ({
        field: error.property,
        messages: Object.values(error.constraints ?? {}),
      })),
    );
  }
  return input;
}

/** The one mapping from anything thrown to an error ack (the same codes as the HTTP filter). */
export function toErrorAck(error: unknown, logger: Logger): Extract<Ack, { ok: false }> {
  const body = toErrorBody(error);
  if (body.statusCode >= 500) logger.error({ err: error }, 'unhandled error in a chat event');
  return { ok: false, error: { code: body.code, message: body.message } };
}
