import { Query } from '@nestjs/cqrs';
import { AddressView } from '../list-addresses/address.view';

/**
 * Public query for other contexts (checkout snapshots the shipping address with it): one address
 * of a user's address book, or null when it does not exist or belongs to someone else.
 */
export class GetUserAddressQuery extends Query<AddressView | null> {
  constructor(
    readonly userId: string,
    readonly addressId: string,
  ) {
    super();
  }
}
