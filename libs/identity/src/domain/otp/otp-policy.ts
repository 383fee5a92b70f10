import { OtpResendLimitError } from './otp.errors';

export const OTP_RESEND_COOLDOWN_SECONDS = 30;
export const OTP_MAX_PER_HOUR = 5;

/**
 * The resend limit: one code per 30 seconds and five per hour for one target.
 * `issuedAt` are the times codes were sent to the target in the last hour.
 */
export function assertMayIssueOtp(issuedAt: Date[], now: Date): void {
  const hourAgo = now.getTime() - 3600_000;
  const recent = issuedAt.map((d) => d.getTime()).filter((t) => t > hourAgo);
  if (recent.length === 0) return;
  const newest = Math.max(...recent);
  const cooldownLeft = newest + OTP_RESEND_COOLDOWN_SECONDS * 1000 - now.getTime();
  if (cooldownLeft > 0) throw new OtpResendLimitError(Math.ceil(cooldownLeft / 1000));
  if (recent.length >= OTP_MAX_PER_HOUR) {
    const oldest = Math.min(...recent);
    throw new OtpResendLimitError(Math.ceil((oldest + 3600_000 - now.getTime()) / 1000));
  }
}
