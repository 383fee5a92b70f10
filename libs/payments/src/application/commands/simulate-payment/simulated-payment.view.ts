import { ApiProperty } from '@nestjs/swagger';

/** What the simulated provider did, and where the payment stands after Pasar got its webhook. */
export class SimulatedPaymentView {
  @ApiProperty() intentId!: string;
  @ApiProperty({ description: 'The webhook event the simulated provider delivered' })
  eventId!: string;
  @ApiProperty({ description: "The HTTP status Pasar's webhook route answered", example: 200 })
  webhookStatus!: number;
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ enum: ['requires_payment', 'succeeded', 'failed'] }) paymentStatus!: string;
  @ApiProperty({ nullable: true, type: String }) failureReason!: string | null;
}
