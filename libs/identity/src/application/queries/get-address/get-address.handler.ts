import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership } from '@pasar/shared';
import { addressNotFound } from '../../../domain/user/user.errors';
import {
  ADDRESS_COLUMNS,
  AddressRow,
  AddressView,
  toAddressView,
} from '../list-addresses/address.view';
import { GetAddressQuery } from './get-address.query';

@QueryHandler(GetAddressQuery)
export class GetAddressHandler implements IQueryHandler<GetAddressQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, addressId }: GetAddressQuery): Promise<AddressView> {
    const [row] = await this.em.execute<(AddressRow & { user_id: string })[]>(
      `select ${ADDRESS_COLUMNS}, user_id from identity.addresses where id = ?`,
      [addressId],
    );
    if (!row) throw addressNotFound(addressId);
    assertOwnership(actor, row.user_id, () => addressNotFound(addressId));
    return toAddressView(row);
  }
}
