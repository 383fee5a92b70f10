import { Command } from '@nestjs/cqrs';

/** An admin shuts a user out: no new sign-in, every session revoked at once. */
export class BanUserCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly adminId: string,
  ) {
    super();
  }
}
