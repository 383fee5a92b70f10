import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  NotContains,
} from 'class-validator';
import { Text, Uuid } from '@pasar/shared';
import { MAX_HOLD_REASON } from '../domain/room/chat-room.aggregate';

export class OpenRoomDto {
  @ApiProperty({ format: 'uuid' })
  @Uuid()
  shopId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "An order from that shop: a buyer's own (optional), a seller's shop's (required)",
  })
  @IsOptional()
  @Uuid()
  orderId?: string;
}

/** Where the reader has read up to: `seq`, or `messageId` (exactly one of them). */
export class MarkReadDto {
  @ApiPropertyOptional({ minimum: 0, description: 'The seq you have read up to' })
  @IsOptional()
  @IsInt()
  @Min(0)
  seq?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Or: the newest message you have read' })
  @IsOptional()
  @Uuid()
  messageId?: string;
}

export class MessagesQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'nextCursor of the previous page' })
  @IsOptional()
  @Uuid()
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;
}

export class MessagesSinceQueryDto {
  @ApiProperty({ minimum: 0, description: 'The last seq you have; 0 for the whole room' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  afterSeq!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;
}

const SENDABLE_TYPES = ['text', 'image', 'product_card', 'order_card'] as const;

// Socket.IO payloads (validated by the gateway the same way the HTTP pipe validates bodies).

export class RoomRefPayload {
  @Uuid()
  roomId!: string;
}

export class JoinRoomPayload extends RoomRefPayload {
  /** The last seq the client has: the messages after it are replayed before live ones. */
  @IsOptional()
  @IsInt()
  @Min(0)
  lastSeq?: number;
}

export class SendMessagePayload {
  @Uuid()
  roomId!: string;

  @IsString()
  @Length(1, 100)
  @NotContains('\u0000', { message: 'clientMessageId must not contain NUL characters' })
  clientMessageId!: string;

  /**
   * Trimmed and length-checked by the domain (CHAT.INVALID_MESSAGE); required for text, an
   * optional caption for the other types.
   */
  @IsOptional()
  @IsString()
  text?: string;

  /** text (default), image (attachmentId), product_card (productId or offerId), order_card (orderId). */
  @IsOptional()
  @IsIn(SENDABLE_TYPES)
  type?: (typeof SENDABLE_TYPES)[number];

  @IsOptional()
  @Uuid()
  productId?: string;

  @IsOptional()
  @Uuid()
  offerId?: string;

  @IsOptional()
  @Uuid()
  orderId?: string;

  @IsOptional()
  @Uuid()
  attachmentId?: string;
}

export class MarkReadPayload extends MarkReadDto {
  @Uuid()
  roomId!: string;
}

export class TypingPayload {
  @Uuid()
  roomId!: string;

  @IsBoolean()
  typing!: boolean;
}

export class RoomHoldDto {
  @ApiProperty({
    maxLength: MAX_HOLD_REASON,
    example: 'Legal request 2026-114: keep until released',
    description: 'Why the room is kept from retention (shown to admins)',
  })
  @Text(MAX_HOLD_REASON)
  reason!: string;
}
