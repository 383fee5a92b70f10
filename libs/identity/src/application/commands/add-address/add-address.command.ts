import { Command } from '@nestjs/cqrs';
import { AddressFields, AddressType } from '../../../domain/user/address.entity';

export class AddAddressCommand extends Command<{ addressId: string }> {
  constructor(
    readonly userId: string,
    readonly type: AddressType,
    readonly fields: AddressFields,
    readonly makeDefault: boolean,
  ) {
    super();
  }
}
