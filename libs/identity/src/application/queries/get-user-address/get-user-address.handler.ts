import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ADDRESS_COLUMNS,
  AddressRow,
  AddressView,
  toAddressView,
} from '../list-addresses/address.view';
import { GetUserAddressQuery } from './get-user-address.query';

@QueryHandler(GetUserAddressQuery)
export class GetUserAddressHandler implements IQueryHandler<GetUserAddressQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId, addressId }: GetUserAddressQuery): Promise<AddressView | null> {
    const [row] = await this.em.execute<AddressRow[]>(
      `select ${ADDRESS_COLUMNS} from identity.addresses where id = ? and user_id = ?`,
      [addressId, userId],
    );
    return row ? toAddressView(row) : null;
  }
}
