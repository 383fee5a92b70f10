import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MoneyPayload } from '../../../contracts/shops.events';
import { ShippingPricing } from '../../../domain/shipping/shipping-method.aggregate';

export interface ShippingMethodFields {
  name: string;
  carrier: string;
  pricing: ShippingPricing;
  price: MoneyPayload;
  freeAbove: number | null;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
  active: boolean;
}

/** The shop's owner (or an admin) adds a shipping method to the shop. */
export class DefineShippingMethodCommand extends Command<{ methodId: string }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly fields: ShippingMethodFields,
  ) {
    super();
  }
}
