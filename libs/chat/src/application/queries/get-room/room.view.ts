import { ApiProperty } from '@nestjs/swagger';
import { HOLD_SOURCES, HoldSource } from '../../../domain/room/chat-room.aggregate';
import { MessageView } from './message.view';

/** Why retention keeps a room's history (admins only). */
export class RoomHoldView {
  @ApiProperty({ example: 'Payment dispute dp_1N3x (fraudulent)' })
  reason!: string;

  @ApiProperty({
    enum: HOLD_SOURCES,
    description: "A payment dispute of the room's order, or an admin",
  })
  source!: HoldSource;

  @ApiProperty({ example: '2026-11-24T09:30:00.000Z' })
  heldAt!: string;
}

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

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'When the room closed (its order was completed or cancelled, or it stayed idle); null while ' +
      'open. The next message reopens it.',
  })
  closedAt!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'When retention deleted the messages of the room, closed for longer than the retention period',
  })
  purgedAt!: string | null;

  @ApiProperty({
    type: RoomHoldView,
    nullable: true,
    description: 'The hold keeping the room from retention: shown to admins only (null for others)',
  })
  hold!: RoomHoldView | null;
}
