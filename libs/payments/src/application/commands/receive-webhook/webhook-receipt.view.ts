import { ApiProperty } from '@nestjs/swagger';
import { PROVIDER_EVENT_TYPES } from '../../../domain/provider/provider-event';

/** The acknowledgement a provider gets for a webhook it delivered. */
export class WebhookReceipt {
  @ApiProperty({ example: true }) received!: true;
  @ApiProperty({ description: "The provider's event id" }) eventId!: string;
  @ApiProperty({
    enum: PROVIDER_EVENT_TYPES,
  })
  type!: string;
  @ApiProperty({ description: 'True when this event was already received (nothing was applied)' })
  duplicate!: boolean;
}
