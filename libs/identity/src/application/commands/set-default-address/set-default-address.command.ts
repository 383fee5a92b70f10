import { Command } from '@nestjs/cqrs';

export class SetDefaultAddressCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly addressId: string,
  ) {
    super();
  }
}
