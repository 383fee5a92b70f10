import { Injectable } from '@nestjs/common';
import { OtpChallenge, OtpPurpose } from '../../domain/otp/otp-challenge.aggregate';
import { OtpChallengeRepository } from '../../domain/otp/otp-challenge.repository';
import { assertMayIssueOtp } from '../../domain/otp/otp-policy';
import { CodeSender, OutgoingCode } from '../ports/code-sender';
import { OtpCodes } from './otp-codes';

/** Issues a challenge within the resend limit and sends its code (shared by phone and email). */
@Injectable()
export class OtpIssuer {
  constructor(
    private readonly challenges: OtpChallengeRepository,
    private readonly codes: OtpCodes,
    private readonly sender: CodeSender,
  ) {}

  async issue(
    purpose: OtpPurpose,
    target: string,
    channel: OutgoingCode['channel'],
  ): Promise<OtpChallenge> {
    const now = new Date();
    assertMayIssueOtp(
      await this.challenges.issuedSince(target, purpose, new Date(now.getTime() - 3600_000)),
      now,
    );
    const code = this.codes.generate();
    const challenge = OtpChallenge.issue({
      purpose,
      target,
      now,
      hashFor: (id) => this.codes.hash(id, code),
    });
    await this.challenges.save(challenge);
    await this.sender.send({
      channel,
      to: target,
      text: `Your Pasar code is ${code}. It expires in 5 minutes. Never share it.`,
    });
    return challenge;
  }
}
