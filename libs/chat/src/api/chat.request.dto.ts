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
import { Uuid } from '@pasar/shared';

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

export class MarkReadDto {
  @ApiProperty({ format: 'uuid', description: 'The newest message you have read' })
  @Uuid()
  messageId!: string;
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

const SENDABLE_TYPES = ['text', 'image', 'product_card', 'order_card'] as const;

// Socket.IO payloads (validated by the gateway the same way the HTTP pipe validates bodies).

export class RoomRefPayload {
  @Uuid()
  roomId!: string;
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

export class MarkReadPayload {
  @Uuid()
  roomId!: string;

  @Uuid()
  messageId!: string;
}

export class TypingPayload {
  @Uuid()
  roomId!: string;

  @IsBoolean()
  typing!: boolean;
}
