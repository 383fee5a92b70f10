import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, NotEquals } from 'class-validator';
import { PageQuery } from '@pasar/shared';
import { Text, Uuid } from '@pasar/shared';

const MAX_QUANTITY = 1_000_000;

export class ReceiveStockDto {
  @ApiProperty({ format: 'uuid' })
  @Uuid()
  variantId!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_QUANTITY, example: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;

  @ApiPropertyOptional({ example: 'PO-2026-0042', description: 'e.g. the delivery note number' })
  @IsOptional()
  @Text(120)
  reference?: string;
}

export class AdjustStockDto {
  @ApiProperty({ format: 'uuid' })
  @Uuid()
  variantId!: string;

  @ApiProperty({ example: -2, description: 'Units to add (positive) or remove (negative), not 0' })
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_QUANTITY)
  @Max(MAX_QUANTITY)
  delta!: number;

  @ApiProperty({ example: 'Damaged in storage' })
  @Text(500)
  reason!: string;
}

export class TransferStockDto {
  @ApiProperty({ format: 'uuid' })
  @Uuid()
  fromWarehouseId!: string;

  @ApiProperty({ format: 'uuid' })
  @Uuid()
  toWarehouseId!: string;

  @ApiProperty({ format: 'uuid' })
  @Uuid()
  variantId!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_QUANTITY, example: 5 })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;
}

export class VariantStockQueryDto {
  @ApiProperty({ format: 'uuid' })
  @Uuid()
  variantId!: string;
}

export class MovementsQueryDto extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this variant' })
  @IsOptional()
  @Uuid()
  variantId?: string;
}
