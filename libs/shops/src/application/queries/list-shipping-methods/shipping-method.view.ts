import { ApiProperty } from '@nestjs/swagger';
import {
  ShippingMethodRow,
  ShippingOption,
  toShippingOption,
} from '../get-shipping-options/shipping-option.view';

/** A shop's shipping method as its owner and admins manage it, active or not. */
export class ShippingMethodView extends ShippingOption {
  @ApiProperty({ description: 'Only active methods are offered to buyers' }) active!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export function toShippingMethodView(row: ShippingMethodRow): ShippingMethodView {
  return {
    ...toShippingOption(row),
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
