import { ApiProperty } from '@nestjs/swagger';

export class WishlistItemView {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty()
  addedAt!: string;
}
