import { Command } from '@nestjs/cqrs';
import { AddressFields } from '../../../domain/user/address.entity';

export class EditAddressCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly addressId: string,
    readonly fields: Partial<AddressFields>,
  ) {
    super();
  }
}
