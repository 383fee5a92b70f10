import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ADDRESS_COLUMNS, AddressRow, toAddressView } from '../list-addresses/address.view';
import { CheckoutAddresses, GetCheckoutAddressesQuery } from './get-checkout-addresses.query';

@QueryHandler(GetCheckoutAddressesQuery)
export class GetCheckoutAddressesHandler implements IQueryHandler<GetCheckoutAddressesQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({
    userId,
    shippingAddressId,
    billingAddressId,
  }: GetCheckoutAddressesQuery): Promise<CheckoutAddresses> {
    const rows = await this.em.execute<AddressRow[]>(
      `select ${ADDRESS_COLUMNS} from identity.addresses
        where user_id = ?
          and (id = ? or id = ?::uuid or (?::uuid is null and type = 'billing' and is_default))`,
      [userId, shippingAddressId, billingAddressId, billingAddressId],
    );
    // Postgres answers ids in lower case; the caller's may be in either.
    const byId = (id: string) => rows.find((row) => row.id === id.toLowerCase());
    const shipping = byId(shippingAddressId);
    const billing =
      billingAddressId === null
        ? rows.find((row) => row.type === 'billing' && row.is_default)
        : byId(billingAddressId);
    return {
      shipping: shipping ? toAddressView(shipping) : null,
      billing: billing ? toAddressView(billing) : null,
    };
  }
}
