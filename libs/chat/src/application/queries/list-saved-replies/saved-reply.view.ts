import { ApiProperty } from '@nestjs/swagger';
import { SavedReply } from '../../../domain/seller-tools/saved-reply.aggregate';

export class SavedReplyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'May use {buyer_name}, {order_number} and {shop_name}' })
  body!: string;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;
}

export const toSavedReplyView = (reply: SavedReply): SavedReplyView => ({
  id: reply.id,
  shopId: reply.shopId,
  title: reply.title,
  body: reply.body,
  createdAt: reply.createdAt.toISOString(),
  updatedAt: reply.updatedAt.toISOString(),
});
