import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { PasswordHasher } from '../../application/ports/password-hasher';

/**
 * argon2id with OWASP's recommended configuration (m = 19 MiB, t = 2, p = 1): strong against
 * offline guessing while one sign-in costs milliseconds, so the login route is no lever for
 * exhausting the CPU. Hashes carry their parameters: raising them later still verifies old ones.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class Argon2PasswordHasher extends PasswordHasher implements OnModuleInit {
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    this.dummyHash = await argon2.hash('pasar-timing-equalizer', OPTIONS);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      await argon2.verify(this.dummyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
