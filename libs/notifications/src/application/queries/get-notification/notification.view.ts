import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  NotificationData,
  NotificationKind,
} from '../../../domain/notification/notification-kind';

export class NotificationDataView implements NotificationData {
  @ApiPropertyOptional({ format: 'uuid' }) orderId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) shopOrderId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) shopId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) roomId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) messageId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) refundId?: string;
  @ApiPropertyOptional({ description: 'Integer minor units of `currency`' }) amount?: number;
  @ApiPropertyOptional({ example: 'IDR' }) currency?: string;
  @ApiPropertyOptional() carrier?: string;
  @ApiPropertyOptional() trackingNumber?: string;
  @ApiPropertyOptional({ example: 'seller_cancelled' }) reason?: string;
  @ApiPropertyOptional() senderName?: string;
  @ApiPropertyOptional({ description: 'The start of a chat message' }) preview?: string;
  @ApiPropertyOptional({ description: 'A chat reminder: unread messages in the room' })
  unreadCount?: number;
  @ApiPropertyOptional({ type: [String], description: 'A chat reminder: who wrote them' })
  senderNames?: string[];
  @ApiPropertyOptional({ description: 'A chat reminder: when the oldest unread one was sent' })
  firstUnreadAt?: string;
}

/** A notification as its user sees it (REST and the `notification` socket event). */
export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @ApiProperty({ example: 'Order #1A2B3C4D shipped' })
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: NotificationDataView, description: 'What it is about, to link to' })
  data!: NotificationData;

  @ApiProperty({ type: String, nullable: true })
  readAt!: string | null;

  @ApiProperty()
  createdAt!: string;
}

export class UnreadCountView {
  @ApiProperty({ example: 3 })
  count!: number;
}

export class MarkedReadView {
  @ApiProperty({ description: 'How many notifications this marked read', example: 3 })
  marked!: number;
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  data: NotificationData;
  read_at: Date | null;
  created_at: Date;
}

export const NOTIFICATION_COLUMNS = 'id, kind, title, body, data, read_at, created_at';

export function toNotificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    data: row.data,
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
