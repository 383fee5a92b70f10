import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { WarehouseAddressFields } from '../domain/warehouse/warehouse-address.vo';
import { CountryCode, Present, Text } from '@pasar/shared';

export class WarehouseAddressDto {
  @ApiProperty({ example: 'Jl. Gudang 5' })
  @Text(200)
  line1!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Text(200)
  line2?: string;

  @ApiProperty({ example: 'Bekasi' })
  @Text(100)
  city!: string;

  @ApiPropertyOptional({ example: 'Jawa Barat' })
  @IsOptional()
  @Text(100)
  region?: string;

  @ApiProperty({ example: '17111' })
  @Text(20)
  postalCode!: string;

  @ApiProperty({ example: 'ID', description: 'ISO 3166-1 alpha-2' })
  @CountryCode()
  countryCode!: string;
}

export function addressFields(dto: WarehouseAddressDto): WarehouseAddressFields {
  return {
    line1: dto.line1,
    line2: dto.line2 ?? null,
    city: dto.city,
    region: dto.region ?? null,
    postalCode: dto.postalCode,
    countryCode: dto.countryCode,
  };
}

const PRIORITY = {
  minimum: 0,
  maximum: 10000,
  description: 'Reservations try lower numbers first',
};

export class OpenWarehouseDto {
  @ApiProperty({ example: 'Bekasi DC' })
  @Text(120)
  name!: string;

  @ApiProperty({ type: WarehouseAddressDto })
  @ValidateNested()
  @Type(() => WarehouseAddressDto)
  address!: WarehouseAddressDto;

  @ApiPropertyOptional({ ...PRIORITY, default: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  priority?: number;
}

/** Only the fields sent change; an address is replaced as a whole. */
export class ReviseWarehouseDto {
  @ApiPropertyOptional()
  @Present()
  @Text(120)
  name?: string;

  @ApiPropertyOptional({ type: WarehouseAddressDto })
  @Present()
  @ValidateNested()
  @Type(() => WarehouseAddressDto)
  address?: WarehouseAddressDto;

  @ApiPropertyOptional(PRIORITY)
  @Present()
  @IsInt()
  @Min(0)
  @Max(10000)
  priority?: number;

  @ApiPropertyOptional({
    description: 'Inactive warehouses take no new reservations; existing ones stay valid',
  })
  @Present()
  @IsBoolean()
  active?: boolean;
}
