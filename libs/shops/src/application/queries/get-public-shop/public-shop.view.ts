import { ApiProperty } from '@nestjs/swagger';

/** A shop as buyers see it. */
export class PublicShopView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Toko Ana' })
  name!: string;

  @ApiProperty({ example: 'toko-ana' })
  slug!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty()
  createdAt!: string;
}
