import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches, ValidateBy } from 'class-validator';
import { trimmed } from '@pasar/shared';
import { MAX_OPTIONS } from '../domain/product/variant-options';

/** Lower-case words joined by single hyphens: "cotton-tee". */
export const Slug = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString(),
    Length(1, 120),
    Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: '$property must be lower-case letters and digits joined by hyphens',
    }),
  );

export const Sku = () =>
  applyDecorators(
    Transform(trimmed),
    IsString(),
    Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, {
      message: '$property must be 1-64 letters, digits, dots, dashes or underscores',
    }),
  );

function isOptionValues(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  const names = new Set(entries.map(([name]) => name.trim().toLowerCase()));
  return (
    entries.length <= MAX_OPTIONS &&
    names.size === entries.length &&
    entries.every(
      ([name, option]) =>
        typeof option === 'string' &&
        name.trim().length >= 1 &&
        name.trim().length <= 30 &&
        option.trim().length >= 1 &&
        option.trim().length <= 60,
    )
  );
}

/** `{ "size": "L", "colour": "Red" }`: up to 5 distinct names (1-30 chars) to values (1-60). */
export const OptionValues = () =>
  ValidateBy({
    name: 'isOptionValues',
    validator: {
      validate: isOptionValues,
      defaultMessage: () =>
        `$property must be an object of up to ${MAX_OPTIONS} distinct option names (1-30 characters) to text values (1-60 characters)`,
    },
  });
