import { Command } from '@nestjs/cqrs';

export class ConfirmEmailVerificationCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly code: string,
  ) {
    super();
  }
}
