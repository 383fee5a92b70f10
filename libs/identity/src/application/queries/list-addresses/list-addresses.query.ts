import { Query } from '@nestjs/cqrs';
import { AddressView } from './address.view';

/** The address book: defaults first, then newest first. */
export class ListAddressesQuery extends Query<AddressView[]> {
  constructor(readonly userId: string) {
    super();
  }
}
