import { ApiProperty } from '@nestjs/swagger';

/** A shop as its owner and admins manage it. */
export class ShopView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The seller who owns the shop' })
  ownerId!: string;

  @ApiProperty({ example: 'Toko Ana' })
  name!: string;

  @ApiProperty({ example: 'toko-ana' })
  slug!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ description: 'Inactive shops are hidden from buyers and sell nothing' })
  active!: boolean;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export interface ShopRow {
  id: string;
  owner_id: string;
  name: string;
  slug: string;
  description: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const SHOP_COLUMNS = 'id, owner_id, name, slug, description, active, created_at, updated_at';

export function toShopView(row: ShopRow): ShopView {
  return {
    id: row.id,
    ownerId: row.owner_id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
