import { OTP_MAX_ATTEMPTS, OtpChallenge } from './otp-challenge.aggregate';
import { OtpAttemptsExceededError, OtpExpiredError } from './otp.errors';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function challenge() {
  return OtpChallenge.issue({
    purpose: 'phone_sign_in',
    target: '+628123456789',
    now: t0,
    hashFor: (id) => `hash-of-123456-for-${id}`,
  });
}

describe('OtpChallenge', () => {
  it('binds the stored hash to its own id', () => {
    const c = challenge();
    expect(c.codeHash).toBe(`hash-of-123456-for-${c.id}`);
  });

  it('accepts the right code once', () => {
    const c = challenge();
    expect(c.attempt(c.codeHash, at(10))).toBe('accepted');
    expect(c.consumedAt).toEqual(at(10));
    expect(() => c.attempt(c.codeHash, at(11))).toThrow(OtpExpiredError);
  });

  it('spends an attempt on a wrong code', () => {
    const c = challenge();
    expect(c.attempt('wrong', at(1))).toBe('rejected');
    expect(c.attemptsLeft).toBe(OTP_MAX_ATTEMPTS - 1);
  });

  it('locks after five wrong codes, even for the right one', () => {
    const c = challenge();
    for (let i = 0; i < OTP_MAX_ATTEMPTS; i++) c.attempt('wrong', at(i));
    expect(() => c.attempt(c.codeHash, at(10))).toThrow(OtpAttemptsExceededError);
  });

  it('expires after five minutes', () => {
    const c = challenge();
    expect(() => c.attempt(c.codeHash, at(300))).toThrow(OtpExpiredError);
  });
});
