import { ApiProperty } from '@nestjs/swagger';

export class WarehouseStockView {
  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty()
  warehouseName!: string;

  @ApiProperty()
  priority!: number;

  @ApiProperty()
  active!: boolean;

  @ApiProperty()
  onHand!: number;

  @ApiProperty()
  reserved!: number;

  @ApiProperty({ description: 'onHand − reserved' })
  available!: number;
}

export class VariantStockView {
  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({ format: 'uuid' })
  variantId!: string;

  @ApiProperty({ description: 'Over all the shop’s warehouses' })
  onHand!: number;

  @ApiProperty({ description: 'Over all the shop’s warehouses' })
  reserved!: number;

  @ApiProperty({ description: 'onHand − reserved over all the shop’s warehouses' })
  available!: number;

  @ApiProperty({ description: 'Available in ACTIVE warehouses: what buyers can still reserve' })
  sellable!: number;

  @ApiProperty({ type: [WarehouseStockView], description: 'Every warehouse, in priority order' })
  warehouses!: WarehouseStockView[];
}
