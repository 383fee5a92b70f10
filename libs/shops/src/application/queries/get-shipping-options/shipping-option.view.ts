import { ApiProperty } from '@nestjs/swagger';
import {
  SHIPPING_PRICINGS,
  ShippingPricing,
} from '../../../domain/shipping/shipping-method.aggregate';
import { MoneyView } from '../get-offer/offer.view';

/** An active way a shop ships, as buyers and other contexts see it. */
export class ShippingOption {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shopId!: string;
  @ApiProperty({ example: 'Regular' }) name!: string;
  @ApiProperty({ example: 'JNE' }) carrier!: string;
  @ApiProperty({
    enum: SHIPPING_PRICINGS,
    description: 'flat: the price once per shop order; per_item: the price for every unit',
  })
  pricing!: ShippingPricing;
  @ApiProperty({ type: MoneyView }) price!: MoneyView;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "Free when the shop's subtotal reaches this (minor units of price.currency)",
  })
  freeAbove!: number | null;
  @ApiProperty({ minimum: 0 }) estimatedDaysMin!: number;
  @ApiProperty({ minimum: 0 }) estimatedDaysMax!: number;
}

export interface ShippingMethodRow {
  id: string;
  shop_id: string;
  name: string;
  carrier: string;
  pricing: ShippingPricing;
  price_amount: string;
  price_currency: string;
  free_above: string | null;
  estimated_days_min: number;
  estimated_days_max: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const SHIPPING_METHOD_COLUMNS = `id, shop_id, name, carrier, pricing, price_amount,
  price_currency, free_above, estimated_days_min, estimated_days_max, active, created_at, updated_at`;

export function toShippingOption(row: ShippingMethodRow): ShippingOption {
  return {
    id: row.id,
    shopId: row.shop_id,
    name: row.name,
    carrier: row.carrier,
    pricing: row.pricing,
    price: { amount: Number(row.price_amount), currency: row.price_currency },
    freeAbove: row.free_above === null ? null : Number(row.free_above),
    estimatedDaysMin: row.estimated_days_min,
    estimatedDaysMax: row.estimated_days_max,
  };
}
