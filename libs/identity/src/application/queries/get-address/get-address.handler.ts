import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
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

  async execute({ userId, addressId }: GetAddressQuery): Promise<AddressView> {
    const [row] = await this.em.execute<AddressRow[]>(
      `select ${ADDRESS_COLUMNS} from identity.addresses where id = ? and user_id = ?`,
      [addressId, userId],
    );
    if (!row) throw addressNotFound(addressId);
    return toAddressView(row);
  }
}
