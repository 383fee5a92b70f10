import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { trimmed, Uuid } from '@pasar/shared';
import { MAX_QUANTITY } from '../domain/cart/cart.aggregate';

const QUANTITY = { minimum: 1, maximum: MAX_QUANTITY, example: 2 };

export class AddCartLineDto {
  @ApiProperty({ format: 'uuid', description: 'The shop’s offer (ShopProduct)' })
  @Uuid()
  offerId!: string;

  @ApiProperty({
    ...QUANTITY,
    description: 'Added to the line if the offer is already in the cart',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;
}

export class ChangeCartLineDto {
  @ApiProperty(QUANTITY)
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;
}

export class ApplyPromotionDto {
  @ApiProperty({ example: 'HEMAT10', description: 'Any case' })
  @Transform(trimmed)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/, {
    message: 'code must be 3 to 32 letters, digits, - or _',
  })
  code!: string;
}
