import { ApiProperty } from '@nestjs/swagger';
import { PROMOTION_KINDS, PromotionKind } from '../../../domain/promotion/promotion-terms';

/** A promotion as admins and the shop's seller manage it. Amounts are integer minor units. */
export class PromotionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HEMAT10', description: 'Upper case; buyers may type any case' })
  code!: string;
  @ApiProperty({ enum: PROMOTION_KINDS }) kind!: PromotionKind;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 100 })
  percent!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Amount off, for fixed promotions' })
  amount!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'IDR' }) currency!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: platform-wide' })
  shopId!: string | null;
  @ApiProperty({ description: 'Of the whole cart, or of the shop’s lines for a shop promotion' })
  minimumSubtotal!: number;
  @ApiProperty() startsAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Exclusive; null: no end' })
  endsAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Total uses; null: unlimited' })
  usageLimit!: number | null;
  @ApiProperty({ description: 'Orders that used it and were not released' }) used!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Uses per buyer; null: unlimited' })
  perBuyerLimit!: number | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export interface PromotionRow {
  id: string;
  code: string;
  kind: PromotionKind;
  percent: number | null;
  amount: string | null;
  currency: string | null;
  shop_id: string | null;
  minimum_subtotal: string;
  starts_at: Date;
  ends_at: Date | null;
  usage_limit: number | null;
  used: number;
  per_buyer_limit: number | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const PROMOTION_COLUMNS = `id, code, kind, percent, amount, currency, shop_id,
  minimum_subtotal, starts_at, ends_at, usage_limit, used, per_buyer_limit, active, created_at,
  updated_at`;

export function toPromotionView(row: PromotionRow): PromotionView {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    percent: row.percent,
    amount: row.amount === null ? null : Number(row.amount),
    currency: row.currency,
    shopId: row.shop_id,
    minimumSubtotal: Number(row.minimum_subtotal),
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: row.ends_at === null ? null : new Date(row.ends_at).toISOString(),
    usageLimit: row.usage_limit,
    used: row.used,
    perBuyerLimit: row.per_buyer_limit,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
