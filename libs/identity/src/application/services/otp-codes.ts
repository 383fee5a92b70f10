import { createHmac, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@pasar/shared';

/** Six-digit codes and their keyed hashes (HMAC-SHA256 bound to the challenge id). */
@Injectable()
export class OtpCodes {
  constructor(private readonly config: AppConfig) {}

  generate(): string {
    return randomInt(0, 1_000_000).toString().padStart(6, '0');
  }

  hash(challengeId: string, code: string): string {
    return createHmac('sha256', this.config.otpSecret)
      .update(`${challengeId}:${code}`)
      .digest('hex');
  }
}
