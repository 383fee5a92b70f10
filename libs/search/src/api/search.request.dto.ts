import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Text, trimmed, Uuid } from '@pasar/shared';
import {
  SEARCH_SORTS,
  SearchCriteria,
  SearchSort,
} from '../application/queries/search-products/search-products.query';
import { PriceAndStockQuery } from './product-list.request.dto';

/** `GET /search` query string. */
export class SearchRequest extends PriceAndStockQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description:
      'Words to find (web search syntax: "quoted phrase", -excluded, or); blank lists every product',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A category id, descendants included' })
  @IsOptional()
  @Uuid()
  category?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A shop id: products it lists' })
  @IsOptional()
  @Uuid()
  shop?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 5, description: 'Average rating at least this' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(5)
  minRating?: number;

  @ApiPropertyOptional({
    enum: SEARCH_SORTS,
    default: 'relevance',
    description: 'relevance without q sorts by newest',
  })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort: SearchSort = 'relevance';

  toCriteria(): SearchCriteria {
    return {
      q: this.q || undefined,
      categoryId: this.category,
      shopId: this.shop,
      minPrice: this.minPrice,
      maxPrice: this.maxPrice,
      inStock: this.inStock,
      minRating: this.minRating,
      sort: this.sort,
      limit: this.limit,
      offset: this.offset,
    };
  }
}

/** `GET /search/suggest` query string. */
export class SuggestRequest {
  @ApiProperty({ minLength: 1, maxLength: 100, description: 'The first letters typed' })
  @Text(100)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit: number = 10;
}
