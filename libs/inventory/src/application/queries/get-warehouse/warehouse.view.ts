import { ApiProperty } from '@nestjs/swagger';

export class WarehouseAddressView {
  @ApiProperty({ example: 'Jl. Gudang 5' })
  line1!: string;

  @ApiProperty({ type: String, nullable: true })
  line2!: string | null;

  @ApiProperty({ example: 'Bekasi' })
  city!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Jawa Barat' })
  region!: string | null;

  @ApiProperty({ example: '17111' })
  postalCode!: string;

  @ApiProperty({ example: 'ID', description: 'ISO 3166-1 alpha-2' })
  countryCode!: string;
}

export class WarehouseView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ example: 'Bekasi DC' })
  name!: string;

  @ApiProperty({ type: WarehouseAddressView })
  address!: WarehouseAddressView;

  @ApiProperty({ description: 'Reservations try lower numbers first', example: 100 })
  priority!: number;

  @ApiProperty({ description: 'Only active warehouses take new reservations' })
  active!: boolean;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export interface WarehouseRow {
  id: string;
  shop_id: string;
  name: string;
  address_line1: string;
  address_line2: string | null;
  address_city: string;
  address_region: string | null;
  address_postal_code: string;
  address_country_code: string;
  priority: number;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const WAREHOUSE_COLUMNS = `id, shop_id, name, address_line1, address_line2, address_city,
  address_region, address_postal_code, address_country_code, priority, active, created_at, updated_at`;

export function toWarehouseView(row: WarehouseRow): WarehouseView {
  return {
    id: row.id,
    shopId: row.shop_id,
    name: row.name,
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      city: row.address_city,
      region: row.address_region,
      postalCode: row.address_postal_code,
      countryCode: row.address_country_code,
    },
    priority: row.priority,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
