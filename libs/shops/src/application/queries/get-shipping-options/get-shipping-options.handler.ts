import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetShippingOptionsQuery } from './get-shipping-options.query';
import {
  SHIPPING_METHOD_COLUMNS,
  ShippingMethodRow,
  ShippingOption,
  toShippingOption,
} from './shipping-option.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@QueryHandler(GetShippingOptionsQuery)
export class GetShippingOptionsHandler implements IQueryHandler<GetShippingOptionsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ shopIds }: GetShippingOptionsQuery): Promise<ShippingOption[]> {
    // A string that is not a UUID names no shop (and must not reach the uuid[] literal).
    const ids = [...new Set(shopIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return [];
    const rows = await this.em.execute<ShippingMethodRow[]>(
      `select ${SHIPPING_METHOD_COLUMNS} from shops.shipping_methods
        where shop_id = any(?::uuid[]) and active
        order by shop_id, price_amount, name, id`,
      [`{${ids.join(',')}}`],
    );
    return rows.map(toShippingOption);
  }
}
