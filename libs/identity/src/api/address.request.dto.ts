import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateIf,
} from 'class-validator';
import { ADDRESS_TYPES, AddressFields, AddressType } from '../domain/user/address.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const text = (max: number) => applyDecorators(Transform(trim), IsString(), Length(1, max));
const countryCode = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    Matches(/^[A-Z]{2}$/, { message: 'countryCode must be a two-letter ISO 3166-1 code' }),
  );
const phone = () =>
  Matches(/^\+[1-9]\d{7,14}$/, {
    message: 'phone must be an international number like +628123456789',
  });
/** In an update, a required field may be left out but not set to null. */
const Present = () => ValidateIf((_object, value) => value !== undefined);

export class CreateAddressDto {
  @ApiPropertyOptional({ enum: ADDRESS_TYPES, default: 'shipping' })
  @IsOptional()
  @IsIn(ADDRESS_TYPES, { message: 'type must be shipping or billing' })
  type: AddressType = 'shipping';

  @ApiPropertyOptional({ example: 'Home' })
  @IsOptional()
  @text(60)
  label?: string;

  @ApiProperty({ example: 'Ana Putri' })
  @text(120)
  recipientName!: string;

  @ApiProperty({ example: 'Jl. Merdeka 10' })
  @text(200)
  line1!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @text(200)
  line2?: string;

  @ApiProperty({ example: 'Bandung' })
  @text(100)
  city!: string;

  @ApiPropertyOptional({ example: 'Jawa Barat' })
  @IsOptional()
  @text(100)
  region?: string;

  @ApiProperty({ example: '40111' })
  @text(20)
  postalCode!: string;

  @ApiProperty({ example: 'ID', description: 'ISO 3166-1 alpha-2' })
  @countryCode()
  countryCode!: string;

  @ApiPropertyOptional({ example: '+628123456789' })
  @IsOptional()
  @phone()
  phone?: string;

  @ApiPropertyOptional({ default: false, description: 'Make it the default of its type' })
  @IsOptional()
  @IsBoolean()
  isDefault: boolean = false;
}

/** Only the fields sent change; optional fields can be cleared with null. The type cannot change. */
export class UpdateAddressDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @text(60)
  label?: string | null;

  @ApiPropertyOptional()
  @Present()
  @text(120)
  recipientName?: string;

  @ApiPropertyOptional()
  @Present()
  @text(200)
  line1?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @text(200)
  line2?: string | null;

  @ApiPropertyOptional()
  @Present()
  @text(100)
  city?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @text(100)
  region?: string | null;

  @ApiPropertyOptional()
  @Present()
  @text(20)
  postalCode?: string;

  @ApiPropertyOptional()
  @Present()
  @countryCode()
  countryCode?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @phone()
  phone?: string | null;
}

export function addressFields(dto: CreateAddressDto): AddressFields {
  return {
    label: dto.label ?? null,
    recipientName: dto.recipientName,
    line1: dto.line1,
    line2: dto.line2 ?? null,
    city: dto.city,
    region: dto.region ?? null,
    postalCode: dto.postalCode,
    countryCode: dto.countryCode,
    phone: dto.phone ?? null,
  };
}
