import { ApiProperty } from '@nestjs/swagger';

export class MoneyView {
  @ApiProperty({ example: 1999, description: 'Integer minor units' })
  amount!: number;

  @ApiProperty({ example: 'IDR', description: 'ISO 4217' })
  currency!: string;
}

/** A shop's offer of one catalog variant, as its owner and admins manage it. */
export class OfferView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ format: 'uuid' })
  variantId!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ type: MoneyView })
  price!: MoneyView;

  @ApiProperty({ type: MoneyView, nullable: true, description: 'The "was" price, above price' })
  compareAtPrice!: MoneyView | null;

  @ApiProperty()
  active!: boolean;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export interface OfferRow {
  id: string;
  shop_id: string;
  variant_id: string;
  product_id: string;
  price_amount: string;
  price_currency: string;
  compare_at_price_amount: string | null;
  compare_at_price_currency: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const OFFER_COLUMNS = `id, shop_id, variant_id, product_id, price_amount, price_currency,
  compare_at_price_amount, compare_at_price_currency, active, created_at, updated_at`;

export function toOfferView(row: OfferRow): OfferView {
  return {
    id: row.id,
    shopId: row.shop_id,
    variantId: row.variant_id,
    productId: row.product_id,
    price: { amount: Number(row.price_amount), currency: row.price_currency },
    compareAtPrice:
      row.compare_at_price_amount === null || row.compare_at_price_currency === null
        ? null
        : {
            amount: Number(row.compare_at_price_amount),
            currency: row.compare_at_price_currency,
          },
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
