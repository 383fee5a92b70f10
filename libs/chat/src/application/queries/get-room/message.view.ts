import { ApiProperty } from '@nestjs/swagger';
import {
  MESSAGE_TYPES,
  MessageCard,
  MessageType,
  messagePreview,
} from '../../../domain/message/message-card';
import { SENDER_ROLES, SenderRole } from '../../../domain/message/message.aggregate';

export class MessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The nil UUID for system messages (senderRole `system`)',
  })
  senderId!: string;

  @ApiProperty({ enum: SENDER_ROLES })
  senderRole!: SenderRole;

  @ApiProperty({ description: "The sender's own id for the message (dedupe key)" })
  clientMessageId!: string;

  @ApiProperty({ enum: MESSAGE_TYPES })
  type!: MessageType;

  @ApiProperty({ description: 'The text; for images and cards an optional caption (may be empty)' })
  text!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'The snapshot taken when sent, by `kind`: `product` (productId, offerId, variantId, name, ' +
      'variantLabel, price {amount, currency}, imageUrl, productStatus, offerActive), `order` ' +
      '(orderId, orderNumber, shopOrderId, status, total, itemCount, imageUrl, carrier, ' +
      'trackingNumber) or `image` (attachmentId, url, contentType, size); null for text',
  })
  card!: MessageCard | null;

  @ApiProperty({ description: 'One line for lists, e.g. "[Product] Kaos Polos"' })
  preview!: string;

  @ApiProperty({ example: '2026-11-24T09:30:00.000Z' })
  createdAt!: string;
}

export interface MessageRow {
  id: string;
  room_id: string;
  sender_id: string;
  sender_role: SenderRole;
  client_message_id: string;
  type: MessageType;
  text: string;
  card: MessageCard | null;
  created_at: Date;
}

/** The columns a MessageRow reads. */
export const MESSAGE_COLUMNS =
  'id, room_id, sender_id, sender_role, client_message_id, type, text, card, created_at';

export const toMessageView = (row: MessageRow): MessageView => ({
  id: row.id,
  roomId: row.room_id,
  senderId: row.sender_id,
  senderRole: row.sender_role,
  clientMessageId: row.client_message_id,
  type: row.type,
  text: row.text,
  card: row.card,
  preview: messagePreview(row.type, row.text, row.card),
  createdAt: new Date(row.created_at).toISOString(),
});
