import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidWebhookSignatureError } from '../../../domain/provider/provider.errors';

/** The simulated provider signs like Stripe, under its own header name. */
export const SIMULATED_SIGNATURE_HEADER = 'pasar-signature';

const TIMESTAMP = /^\d{1,12}$/;
const HEX_SHA256 = /^[0-9a-f]{64}$/;

function hmac(secret: string, timestamp: number, payload: Buffer | string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(payload).digest();
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` */
export function signWebhook(secret: string, payload: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, payload).toString('hex')}`;
}

/**
 * Stripe's scheme: the header carries a timestamp and one or more v1 signatures (several while
 * a secret is rotated); one must be the HMAC of "<t>.<exact body bytes>", compared in constant
 * time, and the timestamp must be within the tolerance of now, either way (a replayed or a
 * pre-dated delivery is refused). Throws InvalidWebhookSignatureError naming the problem.
 */
export function verifyWebhookSignature(input: {
  secret: string;
  payload: Buffer;
  header: string | undefined;
  toleranceSeconds: number;
  nowSeconds: number;
}): void {
  if (!input.header)
    throw new InvalidWebhookSignatureError('the Pasar-Signature header is missing');
  const timestamps: string[] = [];
  const signatures: string[] = [];
  for (const part of input.header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) throw new InvalidWebhookSignatureError('the header is malformed');
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't') timestamps.push(value);
    if (key === 'v1') signatures.push(value);
  }
  if (timestamps.length !== 1 || !TIMESTAMP.test(timestamps[0])) {
    throw new InvalidWebhookSignatureError('the header needs exactly one numeric timestamp t');
  }
  if (signatures.length === 0)
    throw new InvalidWebhookSignatureError('the header has no v1 signature');
  const timestamp = Number(timestamps[0]);
  const expected = hmac(input.secret, timestamp, input.payload);
  const matches = signatures.some(
    (signature) =>
      HEX_SHA256.test(signature) && timingSafeEqual(Buffer.from(signature, 'hex'), expected),
  );
  if (!matches) throw new InvalidWebhookSignatureError('no v1 signature matches the body');
  if (Math.abs(input.nowSeconds - timestamp) > input.toleranceSeconds) {
    throw new InvalidWebhookSignatureError(
      `the timestamp is more than ${input.toleranceSeconds} s from now`,
    );
  }
}
