import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Actor } from '@pasar/shared';
import {
  MESSAGE_TYPES,
  MessageCard,
  MessageType,
  messagePreview,
} from '../../../domain/message/message-card';
import { Message, SENDER_ROLES, SenderRole } from '../../../domain/message/message.aggregate';

export class MessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ description: "The message's number in its room: 1, 2, 3… without gaps" })
  seq!: number;

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

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The text (for images and cards an optional caption, may be empty). Contact details ' +
      '(phone numbers, emails, links to other sites) are replaced by "[contact hidden]" for ' +
      'everyone but admins, who read the original. Null when the message was erased (its ' +
      'sender deleted their account)',
  })
  text!: string | null;

  @ApiProperty({ description: "True when the sender's account was deleted and the text erased" })
  erased!: boolean;

  @ApiProperty({ description: 'Whether contact details were masked in this message' })
  masked!: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Admins only: the masked text the participants see (null when nothing was masked)',
  })
  maskedText?: string | null;

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

  @ApiProperty({
    description: 'Posted by Pasar for the shop (away mode, outside business hours)',
  })
  automatic!: boolean;
}

export interface MessageRow {
  id: string;
  room_id: string;
  seq: number;
  sender_id: string;
  sender_role: SenderRole;
  client_message_id: string;
  type: MessageType;
  text: string;
  card: MessageCard | null;
  masked_text: string | null;
  created_at: Date;
  automatic: boolean;
  erased_at: Date | string | null;
}

/** The chat.messages columns a MessageView is read from. */
export const MESSAGE_VIEW_COLUMNS =
  'id, room_id, seq, sender_id, sender_role, client_message_id, type, text, card, masked_text, ' +
  'created_at, automatic, erased_at';

/** Participants read the masked text; admins read the original and the masked one. */
export function toMessageView(row: MessageRow, viewer: Pick<Actor, 'role'>): MessageView {
  const text = row.erased_at
    ? null
    : viewer.role === 'admin'
      ? row.text
      : (row.masked_text ?? row.text);
  return {
    id: row.id,
    roomId: row.room_id,
    seq: row.seq,
    senderId: row.sender_id,
    senderRole: row.sender_role,
    clientMessageId: row.client_message_id,
    type: row.type,
    text,
    erased: Boolean(row.erased_at),
    masked: row.masked_text !== null,
    ...(viewer.role === 'admin' ? { maskedText: row.masked_text } : {}),
    card: row.card,
    preview: messagePreview(row.type, text ?? '', row.card),
    createdAt: new Date(row.created_at).toISOString(),
    automatic: row.automatic,
  };
}

/** The view of a message just written (no read back). */
export function viewOfMessage(message: Message, viewer: Pick<Actor, 'role'>): MessageView {
  return toMessageView(
    {
      id: message.id,
      room_id: message.roomId,
      seq: message.seq,
      sender_id: message.senderId,
      sender_role: message.senderRole,
      client_message_id: message.clientMessageId,
      type: message.type,
      text: message.text,
      card: message.card,
      masked_text: message.maskedText,
      created_at: message.createdAt,
      automatic: message.automatic,
      erased_at: message.erasedAt,
    },
    viewer,
  );
}

/** What a participant's socket gets of a full view: the masked text, without `maskedText`. */
export function participantView(view: MessageView): MessageView {
  if (view.maskedText === undefined) return view;
  const { maskedText, ...rest } = view;
  return { ...rest, text: view.erased ? null : (maskedText ?? view.text) };
}
