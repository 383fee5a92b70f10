import { ApiProperty } from '@nestjs/swagger';
import { MessageView } from './message.view';

/** The order a room is about, as it stands now: its number and status and this shop's part. */
export class RoomOrderView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'PSR-7K3M-Q9XD' })
  number!: string;

  @ApiProperty({ description: "The order's status (derived from all its ShopOrders)" })
  status!: string;

  @ApiProperty({ format: 'uuid', description: "The room's shop's part of the order" })
  shopOrderId!: string;

  @ApiProperty()
  shopOrderStatus!: string;
}

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

  @ApiProperty({
    type: RoomOrderView,
    nullable: true,
    description: 'The header of the order the room is about; null for a room about no order',
  })
  order!: RoomOrderView | null;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ type: MessageView, nullable: true })
  lastMessage!: MessageView | null;

  @ApiProperty({ description: "The newest message's seq (0 when the room has none)" })
  lastSeq!: number;

  @ApiProperty({ description: "The caller's read cursor: the seq they have read up to" })
  lastReadSeq!: number;

  @ApiProperty({ description: 'lastSeq − lastReadSeq (0 for admins, who keep no cursor)' })
  unreadCount!: number;
}
