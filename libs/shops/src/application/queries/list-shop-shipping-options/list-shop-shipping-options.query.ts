import { Query } from '@nestjs/cqrs';
import { ShippingOption } from '../get-shipping-options/shipping-option.view';

/** Anyone may see how an active shop ships: its active methods, cheapest price first. */
export class ListShopShippingOptionsQuery extends Query<ShippingOption[]> {
  constructor(readonly shopId: string) {
    super();
  }
}
