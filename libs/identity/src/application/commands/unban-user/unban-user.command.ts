import { Command } from '@nestjs/cqrs';

/** Lets a banned user sign in again (their old sessions stay revoked). */
export class UnbanUserCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly adminId: string,
  ) {
    super();
  }
}
