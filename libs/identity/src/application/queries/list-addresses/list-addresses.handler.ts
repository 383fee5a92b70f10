import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ADDRESS_COLUMNS, AddressRow, AddressView, toAddressView } from './address.view';
import { ListAddressesQuery } from './list-addresses.query';

@QueryHandler(ListAddressesQuery)
export class ListAddressesHandler implements IQueryHandler<ListAddressesQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId }: ListAddressesQuery): Promise<AddressView[]> {
    const rows = await this.em.execute<AddressRow[]>(
      `select ${ADDRESS_COLUMNS} from identity.addresses where user_id = ?
        order by is_default desc, created_at desc`,
      [userId],
    );
    return rows.map(toAddressView);
  }
}
