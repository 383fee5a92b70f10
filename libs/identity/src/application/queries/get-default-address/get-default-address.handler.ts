import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ADDRESS_COLUMNS,
  AddressRow,
  AddressView,
  toAddressView,
} from '../list-addresses/address.view';
import { GetDefaultAddressQuery } from './get-default-address.query';

@QueryHandler(GetDefaultAddressQuery)
export class GetDefaultAddressHandler implements IQueryHandler<GetDefaultAddressQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId, type }: GetDefaultAddressQuery): Promise<AddressView | null> {
    const [row] = await this.em.execute<AddressRow[]>(
      `select ${ADDRESS_COLUMNS} from identity.addresses
        where user_id = ? and type = ? and is_default limit 1`,
      [userId, type],
    );
    return row ? toAddressView(row) : null;
  }
}
