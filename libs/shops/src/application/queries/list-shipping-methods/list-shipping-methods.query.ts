import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ShippingMethodView } from './shipping-method.view';

/**
 * A shop's shipping methods for its owner (or an admin), active or not, oldest first; or just
 * one of them with `methodId`. Anyone else gets a 404.
 */
export class ListShippingMethodsQuery extends Query<ShippingMethodView[]> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly methodId: string | null = null,
  ) {
    super();
  }
}
