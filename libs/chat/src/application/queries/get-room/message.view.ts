import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '@pasar/shared';

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

  @ApiProperty()
  text!: string;

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
  created_at: Date;
  automatic: boolean;
}

export const toMessageView = (row: MessageRow): MessageView => ({
  id: row.id,
  roomId: row.room_id,
  seq: row.seq,
  senderId: row.sender_id,
  senderRole: row.sender_role,
  clientMessageId: row.client_message_id,
  text: row.text,
  createdAt: new Date(row.created_at).toISOString(),
  automatic: row.automatic,
});
