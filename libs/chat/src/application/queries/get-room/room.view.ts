import { ApiProperty } from '@nestjs/swagger';
import { MessageView } from './message.view';

export class RoomView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  buyerId!: string;

  @ApiProperty({ format: 'uuid' })
  shopId!: string;

  @ApiProperty()
  shopName!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  orderId!: string | null;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ type: MessageView, nullable: true })
  lastMessage!: MessageView | null;

  @ApiProperty({ description: "Messages from others after the caller's read marker" })
  unreadCount!: number;
}
