import { ApiProperty } from '@nestjs/swagger';

/** The acknowledgement a provider gets for a webhook it delivered. */
export class WebhookReceipt {
  @ApiProperty({ example: true }) received!: true;
  @ApiProperty({ description: "The provider's event id" }) eventId!: string;
  @ApiProperty({
    enum: ['payment.succeeded', 'payment.failed', 'refund.succeeded', 'refund.failed', 'ignored'],
  })
  type!: string;
  @ApiProperty({ description: 'True when this event was already received (nothing was applied)' })
  duplicate!: boolean;
}
