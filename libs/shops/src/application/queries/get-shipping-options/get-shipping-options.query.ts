import { Query } from '@nestjs/cqrs';
import { ShippingOption } from './shipping-option.view';

/**
 * Public query for other contexts (the cart prices shipping with it, checkout and add-to-cart
 * refuse shops without any): the active shipping methods of these shops, cheapest price first.
 * A shop without active methods (or unknown) simply has none in the answer.
 */
export class GetShippingOptionsQuery extends Query<ShippingOption[]> {
  constructor(readonly shopIds: string[]) {
    super();
  }
}
