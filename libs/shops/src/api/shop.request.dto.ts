import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { Present, Text } from '@pasar/shared';
import { DESCRIPTION_MAX, NAME_MAX, SLUG_MAX, SLUG_PATTERN } from '../domain/shop/shop.aggregate';

const name = () => Text(NAME_MAX);
const slug = () =>
  applyDecorators(
    IsString(),
    Length(3, SLUG_MAX),
    Matches(SLUG_PATTERN, {
      message: 'slug must be lower-case letters and digits in words joined by single hyphens',
    }),
  );
const description = () => Text(DESCRIPTION_MAX, 0);

export class CreateShopDto {
  @ApiProperty({ example: 'Toko Ana', maxLength: NAME_MAX })
  @name()
  name!: string;

  @ApiProperty({
    example: 'toko-ana',
    minLength: 3,
    maxLength: SLUG_MAX,
    pattern: SLUG_PATTERN.source,
  })
  @slug()
  slug!: string;

  @ApiPropertyOptional({ example: 'Batik and tenun from Bandung', maxLength: DESCRIPTION_MAX })
  @IsOptional()
  @description()
  description?: string;
}

/** Only the fields sent change; the description can be cleared with null. */
export class UpdateShopDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @Present()
  @name()
  name?: string;

  @ApiPropertyOptional({ minLength: 3, maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source })
  @Present()
  @slug()
  slug?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: DESCRIPTION_MAX })
  @IsOptional()
  @description()
  description?: string | null;

  @ApiPropertyOptional({ description: 'false hides the shop from buyers' })
  @Present()
  @IsBoolean()
  active?: boolean;
}
