import { Command } from '@nestjs/cqrs';

export class UpdateProfileCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly name: string,
  ) {
    super();
  }
}
