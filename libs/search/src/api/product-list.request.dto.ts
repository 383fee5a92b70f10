import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Min,
  ValidationArguments,
  registerDecorator,
} from 'class-validator';
import { PageQuery } from '@pasar/shared';
import {
  PRODUCT_SORTS,
  ProductListFilters,
  ProductSort,
} from '../application/queries/list-products/product-listing';

/** `maxPrice` may not be below `minPrice` (the message names the field). */
function NotBelowMinPrice(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBelowMinPrice',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const min = (args.object as { minPrice?: unknown }).minPrice;
          return typeof min !== 'number' || typeof value !== 'number' || value >= min;
        },
        defaultMessage: ({ property }: ValidationArguments) =>
          `${property} must not be below minPrice`,
      },
    });
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** The price and stock filters every product list and search shares, with paging. */
export class PriceAndStockQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: 0, description: 'Lowest price at least this (minor units)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPrice?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Lowest price at most this (minor units)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @NotBelowMinPrice()
  maxPrice?: number;

  @ApiPropertyOptional({ description: 'Only products some listed offer has in stock' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  inStock?: boolean;
}

/** `GET /shops/{slug}/products` filters (and the base of `GET /products`). */
export class ShopProductListRequest extends PriceAndStockQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The category or any of its descendants' })
  @IsOptional()
  @IsUUID('all')
  categoryId?: string;

  @ApiPropertyOptional({ enum: PRODUCT_SORTS, default: 'newest' })
  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort: ProductSort = 'newest';

  toFilters(): ProductListFilters {
    return {
      categoryId: this.categoryId,
      minPrice: this.minPrice,
      maxPrice: this.maxPrice,
      inStock: this.inStock,
      sort: this.sort,
      limit: this.limit,
      offset: this.offset,
    };
  }
}

/** `GET /products` filters. */
export class ProductListRequest extends ShopProductListRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only this shop's offers count (price, count, availability)",
  })
  @IsOptional()
  @IsUUID('all')
  shopId?: string;
}
