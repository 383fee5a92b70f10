import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { GetShippingOptionsQuery } from '../get-shipping-options/get-shipping-options.query';
import { ShippingOption } from '../get-shipping-options/shipping-option.view';
import { ListShopShippingOptionsQuery } from './list-shop-shipping-options.query';

@QueryHandler(ListShopShippingOptionsQuery)
export class ListShopShippingOptionsHandler implements IQueryHandler<ListShopShippingOptionsQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: QueryBus,
  ) {}

  async execute({ shopId }: ListShopShippingOptionsQuery): Promise<ShippingOption[]> {
    const [shop] = await this.em.execute<{ id: string }[]>(
      'select id from shops.shops where id = ? and active',
      [shopId],
    );
    if (!shop) throw shopNotFound(shopId);
    return this.queries.execute(new GetShippingOptionsQuery([shopId]));
  }
}
