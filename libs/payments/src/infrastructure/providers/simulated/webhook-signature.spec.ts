import { createHmac } from 'node:crypto';
import { InvalidWebhookSignatureError } from '../../../domain/provider/provider.errors';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const secret = 'whsec_simulated_secret_of_at_least_32_chars';
const body = '{"id":"evt_1","type":"payment_intent.succeeded"}';
const now = 1_800_000_000;
const hex = (t: number, payload = body, key = secret) =>
  createHmac('sha256', key).update(`${t}.${payload}`).digest('hex');

const verify = (header: string | undefined, payload = body, nowSeconds = now) =>
  verifyWebhookSignature({
    secret,
    payload: Buffer.from(payload),
    header,
    toleranceSeconds: 300,
    nowSeconds,
  });
const refusal = (header: string | undefined, payload = body, nowSeconds = now) => {
  try {
    verify(header, payload, nowSeconds);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidWebhookSignatureError);
    return (error as InvalidWebhookSignatureError).message;
  }
  throw new Error('the signature was accepted');
};

describe('the simulated provider’s webhook signature (Stripe’s scheme)', () => {
  it('signs as t=<unix>,v1=<hex HMAC-SHA256(secret, "t.body")>', () => {
    expect(signWebhook(secret, body, now)).toBe(`t=${now},v1=${hex(now)}`);
  });

  it('accepts a good signature, also within the tolerance either side of now', () => {
    expect(() => verify(signWebhook(secret, body, now))).not.toThrow();
    expect(() => verify(signWebhook(secret, body, now - 300))).not.toThrow();
    expect(() => verify(signWebhook(secret, body, now + 300))).not.toThrow();
  });

  it('accepts any one matching v1 among several (secret rotation) and ignores other schemes', () => {
    const header = `t=${now},v0=abc,v1=${hex(now, body, 'old-secret')},v1=${hex(now)}`;
    expect(() => verify(header)).not.toThrow();
  });

  it('refuses a signature made with another secret or over other bytes', () => {
    expect(refusal(`t=${now},v1=${hex(now, body, 'another-secret')}`)).toMatch(/no v1 signature/);
    expect(refusal(signWebhook(secret, body, now), `${body} `)).toMatch(/no v1 signature/);
    expect(refusal(`t=${now + 1},v1=${hex(now)}`)).toMatch(/no v1 signature/);
  });

  it('refuses a stale delivery (a replay) and one dated in the future', () => {
    expect(refusal(signWebhook(secret, body, now - 301))).toMatch(/more than 300 s from now/);
    expect(refusal(signWebhook(secret, body, now + 301))).toMatch(/more than 300 s from now/);
  });

  it.each([
    ['missing', undefined, /header is missing/],
    ['empty', '', /header is missing/],
    ['without a timestamp', `v1=${hex(now)}`, /exactly one numeric timestamp/],
    ['with two timestamps', `t=${now},t=${now},v1=${hex(now)}`, /exactly one numeric timestamp/],
    ['with a non-numeric timestamp', `t=soon,v1=${hex(now)}`, /exactly one numeric timestamp/],
    ['without a v1 signature', `t=${now}`, /no v1 signature/],
    ['with a non-hex signature', `t=${now},v1=${'z'.repeat(64)}`, /no v1 signature matches/],
    ['with a short signature', `t=${now},v1=${hex(now).slice(0, 10)}`, /no v1 signature matches/],
    ['that is not key=value pairs', 'garbage', /malformed/],
  ])('refuses a header %s', (_label, header, reason) => {
    expect(refusal(header)).toMatch(reason);
  });
});
