import { Command } from '@nestjs/cqrs';

/** Sets a new password and signs the user out everywhere. */
export class ChangePasswordCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {
    super();
  }
}
