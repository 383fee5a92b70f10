import { ApiProperty } from '@nestjs/swagger';
import { MOVEMENT_KINDS, MovementKind } from '../../../domain/stock/stock-movement.entity';

export class StockMovementView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty({ format: 'uuid' })
  variantId!: string;

  @ApiProperty({ enum: MOVEMENT_KINDS })
  kind!: MovementKind;

  @ApiProperty({ description: 'Change of on hand' })
  onHandDelta!: number;

  @ApiProperty({ description: 'Change of reserved' })
  reservedDelta!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Why (adjustments)' })
  reason!: string | null;

  @ApiProperty({ description: 'What caused it: a receipt number, transfer id, order reference…' })
  reference!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Who, if a person' })
  actorId!: string | null;

  @ApiProperty()
  createdAt!: string;
}
