import { Query } from '@nestjs/cqrs';
import type { AddressType } from '../../../domain/user/address.entity';
import { AddressView } from '../list-addresses/address.view';

/**
 * Public query for other contexts (checkout bills to it when no billing address is named): a
 * user's default address of one type, or null when they have none of that type.
 */
export class GetDefaultAddressQuery extends Query<AddressView | null> {
  constructor(
    readonly userId: string,
    readonly type: AddressType,
  ) {
    super();
  }
}
