import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  SHIPPING_METHOD_COLUMNS,
  ShippingMethodRow,
} from '../get-shipping-options/shipping-option.view';
import { assertManagesShop } from '../managed-shop';
import { ListShippingMethodsQuery } from './list-shipping-methods.query';
import { ShippingMethodView, toShippingMethodView } from './shipping-method.view';

@QueryHandler(ListShippingMethodsQuery)
export class ListShippingMethodsHandler implements IQueryHandler<ListShippingMethodsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({
    actor,
    shopId,
    methodId,
  }: ListShippingMethodsQuery): Promise<ShippingMethodView[]> {
    await assertManagesShop(this.em, actor, shopId);
    const rows = await this.em.execute<ShippingMethodRow[]>(
      `select ${SHIPPING_METHOD_COLUMNS} from shops.shipping_methods
        where shop_id = ? and (?::uuid is null or id = ?::uuid) order by created_at, id`,
      [shopId, methodId, methodId],
    );
    return rows.map(toShippingMethodView);
  }
}
