import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { Present, trimmed, Uuid } from '@pasar/shared';
import { MAX_USAGE_LIMIT } from '../domain/promotion/promotion.aggregate';
import { PROMOTION_KINDS, PromotionKind } from '../domain/promotion/promotion-terms';

const isoDate = (field: string) =>
  IsISO8601({ strict: true }, { message: `${field} must be an ISO 8601 date-time` });
const LIMIT = { minimum: 1, maximum: MAX_USAGE_LIMIT };

export class CreatePromotionDto {
  @ApiProperty({ example: 'HEMAT10', description: 'Stored upper case; unique' })
  @Transform(trimmed)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/, {
    message: 'code must be 3 to 32 letters, digits, - or _',
  })
  code!: string;

  @ApiProperty({
    enum: PROMOTION_KINDS,
    description:
      'percent: percent off; fixed: an amount off; free_shipping: the covered shops ship for nothing',
  })
  @IsIn(PROMOTION_KINDS)
  kind!: PromotionKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Required for percent' })
  @ValidateIf((dto: CreatePromotionDto) => dto.kind === 'percent' || dto.percent !== undefined)
  @IsInt()
  @Min(1)
  @Max(100)
  percent?: number;

  @ApiPropertyOptional({ minimum: 1, description: 'Minor units off; required for fixed' })
  @ValidateIf((dto: CreatePromotionDto) => dto.kind === 'fixed' || dto.amount !== undefined)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amount?: number;

  @ApiPropertyOptional({
    example: 'IDR',
    description: 'ISO 4217; required for fixed and with a minimum subtotal',
  })
  @ValidateIf((dto: CreatePromotionDto) => dto.kind === 'fixed' || dto.currency !== undefined)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code like IDR' })
  currency?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One shop’s promotion (sellers must name one of theirs); absent: platform-wide',
  })
  @IsOptional()
  @Uuid()
  shopId?: string;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  minimumSubtotal?: number;

  @ApiPropertyOptional({ description: 'Default: now' })
  @IsOptional()
  @isoDate('startsAt')
  startsAt?: string;

  @ApiPropertyOptional({ description: 'Exclusive; absent: no end' })
  @IsOptional()
  @isoDate('endsAt')
  endsAt?: string;

  @ApiPropertyOptional({ ...LIMIT, description: 'Total uses; absent: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_USAGE_LIMIT)
  usageLimit?: number;

  @ApiPropertyOptional({ ...LIMIT, description: 'Uses per buyer; absent: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_USAGE_LIMIT)
  perBuyerLimit?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Only the fields sent change; null removes an end or a limit. */
export class RevisePromotionDto {
  @ApiPropertyOptional()
  @Present()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null: no end' })
  @IsOptional()
  @isoDate('endsAt')
  endsAt?: string | null;

  @ApiPropertyOptional({ ...LIMIT, type: Number, nullable: true, description: 'null: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_USAGE_LIMIT)
  usageLimit?: number | null;

  @ApiPropertyOptional({ ...LIMIT, type: Number, nullable: true, description: 'null: unlimited' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_USAGE_LIMIT)
  perBuyerLimit?: number | null;
}

/** undefined stays undefined (not sent), null stays null, a string becomes a Date. */
export const optionalDate = (value: string | null | undefined): Date | null | undefined =>
  value === undefined || value === null ? value : new Date(value);
