import type { ShippingOption } from '@pasar/shops';

/** What a shop's parcel holds, as shipping is priced: its purchasable lines' subtotal and units. */
export interface Parcel {
  subtotal: number;
  units: number;
}

/**
 * The price of shipping a parcel with a method: free from its free-above subtotal on (the shop's
 * subtotal before any discount), else the price once (flat) or for every unit (per_item).
 */
export function shippingPrice(
  option: Pick<ShippingOption, 'pricing' | 'price' | 'freeAbove'>,
  parcel: Parcel,
): number {
  if (option.freeAbove !== null && parcel.subtotal >= option.freeAbove) return 0;
  return option.pricing === 'per_item' ? option.price.amount * parcel.units : option.price.amount;
}
