import { Command } from '@nestjs/cqrs';
import { Role } from '@pasar/shared';

/** Creates an email + password account. `admin` is only passed by the seed and the CLI. */
export class RegisterUserCommand extends Command<{ userId: string }> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly name: string,
    readonly role: Role,
  ) {
    super();
  }
}
