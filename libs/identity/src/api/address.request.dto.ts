import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { CountryCode, Present, Text } from '@pasar/shared';
import { ADDRESS_TYPES, AddressFields, AddressType } from '../domain/user/address.entity';

const phone = () =>
  Matches(/^\+[1-9]\d{7,14}$/, {
    message: 'phone must be an international number like +628123456789',
  });

export class CreateAddressDto {
  @ApiPropertyOptional({ enum: ADDRESS_TYPES, default: 'shipping' })
  @IsOptional()
  @IsIn(ADDRESS_TYPES, { message: 'type must be shipping or billing' })
  type: AddressType = 'shipping';

  @ApiPropertyOptional({ example: 'Home' })
  @IsOptional()
  @Text(60)
  label?: string;

  @ApiProperty({ example: 'Ana Putri' })
  @Text(120)
  recipientName!: string;

  @ApiProperty({ example: 'Jl. Merdeka 10' })
  @Text(200)
  line1!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Text(200)
  line2?: string;

  @ApiProperty({ example: 'Bandung' })
  @Text(100)
  city!: string;

  @ApiPropertyOptional({ example: 'Jawa Barat' })
  @IsOptional()
  @Text(100)
  region?: string;

  @ApiProperty({ example: '40111' })
  @Text(20)
  postalCode!: string;

  @ApiProperty({ example: 'ID', description: 'ISO 3166-1 alpha-2' })
  @CountryCode()
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
  @Text(60)
  label?: string | null;

  @ApiPropertyOptional()
  @Present()
  @Text(120)
  recipientName?: string;

  @ApiPropertyOptional()
  @Present()
  @Text(200)
  line1?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Text(200)
  line2?: string | null;

  @ApiPropertyOptional()
  @Present()
  @Text(100)
  city?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Text(100)
  region?: string | null;

  @ApiPropertyOptional()
  @Present()
  @Text(20)
  postalCode?: string;

  @ApiPropertyOptional()
  @Present()
  @CountryCode()
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
