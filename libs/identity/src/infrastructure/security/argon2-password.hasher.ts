import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';
import { PasswordHasher } from '../../application/ports/password-hasher';

/** argon2id with the library's defaults (64 MiB, t=3, p=4; OWASP's recommended range). */
@Injectable()
export class Argon2PasswordHasher extends PasswordHasher implements OnModuleInit {
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    this.dummyHash = await argon2.hash('pasar-timing-equalizer', { type: argon2.argon2id });
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      await argon2.verify(this.dummyHash, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
