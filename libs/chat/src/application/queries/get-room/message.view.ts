import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Actor, ROLES, Role } from '@pasar/shared';

export class MessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ description: "The message's number in its room: 1, 2, 3… without gaps" })
  seq!: number;

  @ApiProperty({ format: 'uuid' })
  senderId!: string;

  @ApiProperty({ enum: ROLES })
  senderRole!: Role;

  @ApiProperty({ description: "The sender's own id for the message (dedupe key)" })
  clientMessageId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The text; contact details (phone numbers, emails, links to other sites) are replaced by ' +
      '"[contact hidden]" for everyone but admins, who read the original. Null when the message ' +
      'was erased (its sender deleted their account)',
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

  @ApiProperty({ example: '2026-11-24T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    description:
      'Posted by Pasar for the shop (away mode, outside business hours), not by a person',
  })
  automatic!: boolean;
}

export interface MessageRow {
  id: string;
  room_id: string;
  seq: number;
  sender_id: string;
  sender_role: Role;
  client_message_id: string;
  text: string;
  masked_text: string | null;
  created_at: Date;
  automatic: boolean;
  erased_at: Date | string | null;
}

/** The chat.messages columns a MessageView is read from. */
export const MESSAGE_VIEW_COLUMNS =
  'id, room_id, seq, sender_id, sender_role, client_message_id, text, masked_text, created_at, automatic, erased_at';

/** Participants read the masked text; admins read the original and the masked one. */
export const toMessageView = (row: MessageRow, viewer: Pick<Actor, 'role'>): MessageView => ({
  id: row.id,
  roomId: row.room_id,
  seq: row.seq,
  senderId: row.sender_id,
  senderRole: row.sender_role,
  clientMessageId: row.client_message_id,
  text: row.erased_at ? null : viewer.role === 'admin' ? row.text : (row.masked_text ?? row.text),
  erased: Boolean(row.erased_at),
  masked: row.masked_text !== null,
  ...(viewer.role === 'admin' ? { maskedText: row.masked_text } : {}),
  createdAt: new Date(row.created_at).toISOString(),
  automatic: row.automatic,
});
