import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { User } from '../../../domain/user/user.aggregate';
import { normalizeEmail } from '../../../domain/user/contact';
import { EmailTakenError } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { RegisterUserCommand } from './register-user.command';

@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand> {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(command: RegisterUserCommand): Promise<{ userId: string }> {
    const email = normalizeEmail(command.email);
    if (await this.users.findByEmail(email)) throw new EmailTakenError(email);
    const user = User.register({
      email,
      name: command.name.trim(),
      role: command.role,
      passwordHash: await this.hasher.hash(command.password),
      now: new Date(),
    });
    try {
      await this.users.save(user);
    } catch (error) {
      // Two registrations raced past the check above; the unique index decided.
      if (error instanceof UniqueConstraintViolationException) throw new EmailTakenError(email);
      throw error;
    }
    return { userId: user.id };
  }
}
