import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?limit=&offset=` for list endpoints. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

const pageClasses = new Map<ClassType, ClassType>();

/** A Swagger-documented page class for an item class (one per item class). */
export function PageOf<T>(item: ClassType<T>): ClassType<Page<T>> {
  const existing = pageClasses.get(item);
  if (existing) return existing as ClassType<Page<T>>;
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];
    @ApiProperty()
    total!: number;
    @ApiProperty()
    limit!: number;
    @ApiProperty()
    offset!: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name}Page` });
  pageClasses.set(item, PageOfItems);
  return PageOfItems;
}
