import { ApiProperty } from '@nestjs/swagger';
import { BLOCK_SIDES, BlockSide } from '../../../domain/block/chat-block.entity';

export class BlockView {
  @ApiProperty({ format: 'uuid' })
  buyerId!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty({
    enum: BLOCK_SIDES,
    description: 'buyer: the buyer blocked the shop; shop: the reverse',
  })
  side!: BlockSide;

  @ApiProperty()
  createdAt!: string;
}
