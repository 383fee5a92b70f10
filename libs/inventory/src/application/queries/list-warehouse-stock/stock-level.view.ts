import { ApiProperty } from '@nestjs/swagger';

export class StockLevelView {
  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty({ format: 'uuid' })
  variantId!: string;

  @ApiProperty({ description: 'Units on the shelf' })
  onHand!: number;

  @ApiProperty({ description: 'Units held for reservations' })
  reserved!: number;

  @ApiProperty({ description: 'onHand − reserved' })
  available!: number;

  @ApiProperty()
  updatedAt!: string;
}
