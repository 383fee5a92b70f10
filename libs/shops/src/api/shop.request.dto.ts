import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { DESCRIPTION_MAX, NAME_MAX, SLUG_MAX, SLUG_PATTERN } from '../domain/shop/shop.aggregate';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const name = () => applyDecorators(Transform(trim), IsString(), Length(1, NAME_MAX));
const slug = () =>
  applyDecorators(
    IsString(),
    Length(3, SLUG_MAX),
    Matches(SLUG_PATTERN, {
      message: 'slug must be lower-case letters and digits in words joined by single hyphens',
    }),
  );
const description = () => applyDecorators(Transform(trim), IsString(), Length(0, DESCRIPTION_MAX));
/** In an update, a required field may be left out but not set to null. */
const Present = () => ValidateIf((_object, value) => value !== undefined);

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
