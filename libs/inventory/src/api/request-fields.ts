import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A trimmed, non-empty string of at most `max` characters. */
export const Text = (max: number) => applyDecorators(Transform(trim), IsString(), Length(1, max));

/** A UUID, lower-cased so ids compare equal however the client spelled them. */
export const Uuid = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value)),
    IsUUID('all'),
  );

export const CountryCode = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter ISO 3166-1 code' }),
  );

/** In an update, a field may be left out but not set to null. */
export const Present = () => ValidateIf((_object, value) => value !== undefined);
