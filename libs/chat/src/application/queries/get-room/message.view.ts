import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '@pasar/shared';

export class MessageView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  roomId!: string;

  @ApiProperty({ format: 'uuid' })
  senderId!: string;

  @ApiProperty({ enum: ROLES })
  senderRole!: Role;

  @ApiProperty({ description: "The sender's own id for the message (dedupe key)" })
  clientMessageId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null when the message was erased (its sender deleted their account)',
  })
  text!: string | null;

  @ApiProperty({ description: "True when the sender's account was deleted and the text erased" })
  erased!: boolean;

  @ApiProperty({ example: '2026-11-24T09:30:00.000Z' })
  createdAt!: string;
}

export interface MessageRow {
  id: string;
  room_id: string;
  sender_id: string;
  sender_role: Role;
  client_message_id: string;
  text: string;
  created_at: Date;
  erased_at: Date | string | null;
}

/** The chat.messages columns a MessageView is read from. */
export const MESSAGE_VIEW_COLUMNS =
  'id, room_id, sender_id, sender_role, client_message_id, text, created_at, erased_at';

export const toMessageView = (row: MessageRow): MessageView => ({
  id: row.id,
  roomId: row.room_id,
  senderId: row.sender_id,
  senderRole: row.sender_role,
  clientMessageId: row.client_message_id,
  text: row.erased_at ? null : row.text,
  erased: Boolean(row.erased_at),
  createdAt: new Date(row.created_at).toISOString(),
});
