import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { Present, Text, Uuid } from '@pasar/shared';
import { Slug } from './catalog-validation';

export class CreateCategoryDto {
  @ApiProperty({ example: 'T-shirts', maxLength: 120 })
  @Text(120)
  name!: string;

  @ApiProperty({ example: 't-shirts', description: 'Unique; lower-case words joined by hyphens' })
  @Slug()
  slug!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The parent; absent or null for a root category',
  })
  @IsOptional()
  @Uuid()
  parentId?: string | null;
}

/** Only the fields sent change; `parentId` moves the category (null: to the root). */
export class UpdateCategoryDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @Present()
  @Text(120)
  name?: string;

  @ApiPropertyOptional()
  @Present()
  @Slug()
  slug?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'Move under this category (null: make it a root). Never under itself or a descendant.',
  })
  @IsOptional()
  @Uuid()
  parentId?: string | null;
}
