import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Text, Uuid } from '@pasar/shared';
import { AdjustStockDto, ReceiveStockDto, VariantStockQueryDto } from '../stock.request.dto';

const MAX_ITEMS = 200;

export class ShopVariantRpc {
  @Uuid()
  shopId!: string;

  @Uuid()
  variantId!: string;
}

export class CheckStockRpc {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ShopVariantRpc)
  items!: ShopVariantRpc[];
}

export class GetStockLevelsRpc extends VariantStockQueryDto {
  @Uuid()
  shopId!: string;
}

export class ReceiveStockRpc extends ReceiveStockDto {
  @Uuid()
  shopId!: string;

  @Uuid()
  warehouseId!: string;
}

export class AdjustStockRpc extends AdjustStockDto {
  @Uuid()
  shopId!: string;

  @Uuid()
  warehouseId!: string;
}

export class ReservationLineRpc extends ShopVariantRpc {
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;
}

export class ReserveStockRpc {
  @Text(120)
  reference!: string;

  @IsISO8601({ strict: true })
  expiresAt!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ReservationLineRpc)
  lines!: ReservationLineRpc[];
}

export class ReservationRefRpc {
  @Uuid()
  reservationId!: string;
}
