import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { AddressView } from '../list-addresses/address.view';

/** One address, for its owner (or an admin); anyone else gets a 404. */
export class GetAddressQuery extends Query<AddressView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly addressId: string,
  ) {
    super();
  }
}
