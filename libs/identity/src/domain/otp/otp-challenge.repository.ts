import { OtpChallenge, OtpPurpose } from './otp-challenge.aggregate';

export abstract class OtpChallengeRepository {
  /** The newest challenge for the target and purpose, locked for the verifying transaction. */
  abstract findLatestForUpdate(target: string, purpose: OtpPurpose): Promise<OtpChallenge | null>;
  abstract issuedSince(target: string, purpose: OtpPurpose, since: Date): Promise<Date[]>;
  abstract save(challenge: OtpChallenge): Promise<void>;
}
