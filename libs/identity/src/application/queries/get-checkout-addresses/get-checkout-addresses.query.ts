import { Query } from '@nestjs/cqrs';
import { AddressView } from '../list-addresses/address.view';

/** A buyer's addresses for an order; null where the buyer has no such address. */
export interface CheckoutAddresses {
  shipping: AddressView | null;
  /** The named billing address, or without a name the buyer's default billing address. */
  billing: AddressView | null;
}

/**
 * Public query for checkout: the user's shipping address and billing address by id (billing
 * null = the default billing address), each only if it is that user's, in one round trip.
 */
export class GetCheckoutAddressesQuery extends Query<CheckoutAddresses> {
  constructor(
    readonly userId: string,
    readonly shippingAddressId: string,
    readonly billingAddressId: string | null,
  ) {
    super();
  }
}
