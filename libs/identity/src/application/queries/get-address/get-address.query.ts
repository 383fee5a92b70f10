import { Query } from '@nestjs/cqrs';
import { AddressView } from '../list-addresses/address.view';

/** One address of the user's own book; anyone else's is a 404. */
export class GetAddressQuery extends Query<AddressView> {
  constructor(
    readonly userId: string,
    readonly addressId: string,
  ) {
    super();
  }
}
