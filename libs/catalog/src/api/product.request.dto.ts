import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { MAX_VARIANTS } from '../domain/product/product.aggregate';
import { PRODUCT_STATUSES, ProductStatus } from '../domain/product/product-status';
import { Present, Text, Uuid } from '@pasar/shared';
import { OptionValues, Sku, Slug } from './catalog-validation';

const OPTIONS_DOC = {
  type: 'object',
  additionalProperties: { type: 'string' },
  example: { size: 'Large', colour: 'Red' },
  description: 'Up to 5 option names to values; names are stored lower-case',
} as const;

export class CreateVariantDto {
  @ApiProperty({ example: 'TEE-L-RED', description: 'Unique across the catalog' })
  @Sku()
  sku!: string;

  @ApiPropertyOptional({ ...OPTIONS_DOC, default: {} })
  @IsOptional()
  @OptionValues()
  options: Record<string, string> = {};
}

export class UpdateVariantDto {
  @ApiPropertyOptional({ example: 'TEE-L-RED' })
  @Present()
  @Sku()
  sku?: string;

  @ApiPropertyOptional(OPTIONS_DOC)
  @Present()
  @OptionValues()
  options?: Record<string, string>;
}

export class CreateProductDto {
  @ApiProperty({ example: 'Cotton tee', maxLength: 200 })
  @Text(200)
  name!: string;

  @ApiProperty({ example: 'cotton-tee', description: 'Unique; lower-case words joined by hyphens' })
  @Slug()
  slug!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @Text(5000)
  description?: string | null;

  @ApiProperty({ format: 'uuid' })
  @Uuid()
  categoryId!: string;

  @ApiProperty({ type: [CreateVariantDto], minItems: 1, maxItems: MAX_VARIANTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_VARIANTS)
  @ValidateNested({ each: true })
  @Type(() => CreateVariantDto)
  variants!: CreateVariantDto[];
}

/** Only the fields sent change; description may be cleared with null. */
export class UpdateProductDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @Present()
  @Text(200)
  name?: string;

  @ApiPropertyOptional()
  @Present()
  @Slug()
  slug?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @Text(5000)
  description?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @Present()
  @Uuid()
  categoryId?: string;
}

export class ChangeProductStatusDto {
  @ApiProperty({
    enum: PRODUCT_STATUSES,
    description: 'draft → active|archived; active → archived; archived → draft|active',
  })
  @IsIn(PRODUCT_STATUSES, { message: `status must be one of ${PRODUCT_STATUSES.join(', ')}` })
  status!: ProductStatus;
}
