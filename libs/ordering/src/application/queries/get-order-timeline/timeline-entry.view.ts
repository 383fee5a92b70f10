import { ApiProperty } from '@nestjs/swagger';
import { TIMELINE_EVENTS } from '../../../domain/timeline/timeline-entry.entity';

export class TimelineActorView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for the system' })
  id!: string | null;
  @ApiProperty({ enum: ['buyer', 'seller', 'admin', 'system'] }) role!: string;
}

/** One change in an order's history, oldest first. */
export class TimelineEntryView {
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ enum: TIMELINE_EVENTS }) event!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The ShopOrder that changed; null for order-wide facts (payments)',
  })
  shopOrderId!: string | null;
  @ApiProperty({ type: String, nullable: true }) shopName!: string | null;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus!: string | null;
  @ApiProperty({ type: TimelineActorView }) actor!: TimelineActorView;
  @ApiProperty({ type: String, nullable: true, example: 'payment_timeout' }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}
