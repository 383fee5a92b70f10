import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';

/** class-transformer step: trims strings, leaves anything else for the validators to refuse. */
export const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** A trimmed string of `min` (default 1) to `max` characters. */
export const Text = (max: number, min = 1) =>
  applyDecorators(Transform(trimmed), IsString(), Length(min, max));

/** In an update, a required field may be left out but not set to null. */
export const Present = () => ValidateIf((_object, value) => value !== undefined);

/** A UUID, lower-cased so ids compare equal however the client spelled them. */
export const Uuid = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value)),
    IsUUID('all', { message: '$property must be a UUID' }),
  );

/** ISO 3166-1 alpha-2, upper-cased. */
export const CountryCode = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter ISO 3166-1 code' }),
  );
