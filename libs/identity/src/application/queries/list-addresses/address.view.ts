import { ApiProperty } from '@nestjs/swagger';
import { ADDRESS_TYPES, AddressType } from '../../../domain/user/address.entity';

export class AddressView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ADDRESS_TYPES })
  type!: AddressType;

  @ApiProperty({ type: String, nullable: true, example: 'Home' })
  label!: string | null;

  @ApiProperty({ example: 'Ana Putri' })
  recipientName!: string;

  @ApiProperty({ example: 'Jl. Merdeka 10' })
  line1!: string;

  @ApiProperty({ type: String, nullable: true })
  line2!: string | null;

  @ApiProperty({ example: 'Bandung' })
  city!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Jawa Barat' })
  region!: string | null;

  @ApiProperty({ example: '40111' })
  postalCode!: string;

  @ApiProperty({ example: 'ID', description: 'ISO 3166-1 alpha-2' })
  countryCode!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ description: 'The default address of its type' })
  isDefault!: boolean;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export interface AddressRow {
  id: string;
  type: AddressType;
  label: string | null;
  recipient_name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postal_code: string;
  country_code: string;
  phone: string | null;
  is_default: boolean;
  created_at: Date;
  updated_at: Date;
}

export const ADDRESS_COLUMNS = `id, type, label, recipient_name, line1, line2, city, region, postal_code,
  country_code, phone, is_default, created_at, updated_at`;

export function toAddressView(row: AddressRow): AddressView {
  return {
    id: row.id,
    type: row.type,
    label: row.label,
    recipientName: row.recipient_name,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postalCode: row.postal_code,
    countryCode: row.country_code,
    phone: row.phone,
    isDefault: row.is_default,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
