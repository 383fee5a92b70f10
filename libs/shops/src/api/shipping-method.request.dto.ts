import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Present, Text } from '@pasar/shared';
import {
  ESTIMATED_DAYS_MAX,
  METHOD_CARRIER_MAX,
  METHOD_NAME_MAX,
  SHIPPING_PRICINGS,
  ShippingPricing,
} from '../domain/shipping/shipping-method.aggregate';
import { MoneyDto } from './offer.request.dto';

const DAYS = { minimum: 0, maximum: ESTIMATED_DAYS_MAX };

export class CreateShippingMethodDto {
  @ApiProperty({ example: 'Regular', maxLength: METHOD_NAME_MAX })
  @Text(METHOD_NAME_MAX)
  name!: string;

  @ApiProperty({ example: 'JNE', maxLength: METHOD_CARRIER_MAX })
  @Text(METHOD_CARRIER_MAX)
  carrier!: string;

  @ApiProperty({
    enum: SHIPPING_PRICINGS,
    description: 'flat: the price once per shop order; per_item: the price for every unit',
  })
  @IsIn(SHIPPING_PRICINGS, { message: `pricing must be one of ${SHIPPING_PRICINGS.join(', ')}` })
  pricing!: ShippingPricing;

  @ApiProperty({ type: MoneyDto, description: "In the currency the shop's offers are priced in" })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  price!: MoneyDto;

  @ApiPropertyOptional({
    minimum: 1,
    description: "Free when the shop's subtotal reaches this (minor units of price.currency)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  freeAbove?: number;

  @ApiProperty({ ...DAYS, example: 2 })
  @IsInt()
  @Min(0)
  @Max(ESTIMATED_DAYS_MAX)
  estimatedDaysMin!: number;

  @ApiProperty({ ...DAYS, example: 4, description: 'At least estimatedDaysMin' })
  @IsInt()
  @Min(0)
  @Max(ESTIMATED_DAYS_MAX)
  estimatedDaysMax!: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active: boolean = true;
}

/** Only the fields sent change; freeAbove null removes the threshold. */
export class UpdateShippingMethodDto {
  @ApiPropertyOptional({ maxLength: METHOD_NAME_MAX })
  @Present()
  @Text(METHOD_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ maxLength: METHOD_CARRIER_MAX })
  @Present()
  @Text(METHOD_CARRIER_MAX)
  carrier?: string;

  @ApiPropertyOptional({ enum: SHIPPING_PRICINGS })
  @Present()
  @IsIn(SHIPPING_PRICINGS, { message: `pricing must be one of ${SHIPPING_PRICINGS.join(', ')}` })
  pricing?: ShippingPricing;

  @ApiPropertyOptional({ type: MoneyDto })
  @Present()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  price?: MoneyDto;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    description: 'null: never free',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  freeAbove?: number | null;

  @ApiPropertyOptional(DAYS)
  @Present()
  @IsInt()
  @Min(0)
  @Max(ESTIMATED_DAYS_MAX)
  estimatedDaysMin?: number;

  @ApiPropertyOptional(DAYS)
  @Present()
  @IsInt()
  @Min(0)
  @Max(ESTIMATED_DAYS_MAX)
  estimatedDaysMax?: number;

  @ApiPropertyOptional({ description: 'false stops offering it to buyers' })
  @Present()
  @IsBoolean()
  active?: boolean;
}
