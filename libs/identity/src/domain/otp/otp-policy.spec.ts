import { assertMayIssueOtp } from './otp-policy';
import { OtpResendLimitError } from './otp.errors';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('assertMayIssueOtp', () => {
  it('allows the first code', () => {
    expect(() => assertMayIssueOtp([], now)).not.toThrow();
  });

  it('refuses a resend within 30 seconds and says when to retry', () => {
    expect(() => assertMayIssueOtp([ago(10)], now)).toThrow(
      expect.objectContaining({
        code: 'IDENTITY.OTP_RESEND_LIMIT',
        details: { retryAfterSeconds: 20 },
      }),
    );
  });

  it('refuses a sixth code within an hour', () => {
    const five = [ago(3000), ago(2000), ago(1000), ago(500), ago(100)];
    expect(() => assertMayIssueOtp(five, now)).toThrow(OtpResendLimitError);
  });

  it('forgets codes older than an hour', () => {
    const old = [ago(4000), ago(3900), ago(3800), ago(3700), ago(3650)];
    expect(() => assertMayIssueOtp(old, now)).not.toThrow();
  });
});
