import { applyDecorators } from '@nestjs/common';
import { Present } from '@pasar/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@pasar/shared';

export class MoneyDto {
  @ApiProperty({ example: 1999, minimum: 0, description: 'Integer minor units' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amount!: number;

  @ApiProperty({ example: 'IDR', description: 'ISO 4217, three upper-case letters' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code like IDR' })
  currency!: string;
}

/** A money object: arrays and scalars are refused before its fields are checked. */
const money = () =>
  applyDecorators(
    IsObject(),
    ValidateNested(),
    Type(() => MoneyDto),
  );

export class CreateOfferDto {
  @ApiProperty({ format: 'uuid', description: 'A catalog variant' })
  @IsUUID()
  variantId!: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined()
  @money()
  price!: MoneyDto;

  @ApiPropertyOptional({
    type: MoneyDto,
    description: 'The "was" price: same currency, greater than price',
  })
  @IsOptional()
  @money()
  compareAtPrice?: MoneyDto;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active: boolean = true;
}

/** Only the fields sent change; compareAtPrice null clears it. */
export class UpdateOfferDto {
  @ApiPropertyOptional({ type: MoneyDto })
  @Present()
  @money()
  price?: MoneyDto;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true })
  @IsOptional()
  @money()
  compareAtPrice?: MoneyDto | null;

  @ApiPropertyOptional({ description: 'false stops selling the offer' })
  @Present()
  @IsBoolean()
  active?: boolean;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListOffersQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Only active (true) or inactive (false) offers' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}
