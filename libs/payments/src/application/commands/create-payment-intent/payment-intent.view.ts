import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SimulatedActions {
  @ApiProperty({ description: 'POST here to make the simulated payment succeed' })
  succeedUrl!: string;
  @ApiProperty({ description: 'POST here to make the simulated payment fail' }) failUrl!: string;
}

/** What a client needs to pay an order with the configured provider. */
export class PaymentIntentView {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ enum: ['simulated', 'stripe'] }) provider!: string;
  @ApiProperty({ description: "The provider's intent id" }) providerIntentId!: string;
  @ApiProperty({ enum: ['requires_payment', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty() amount!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ nullable: true, description: "Stripe's client secret for Stripe.js" })
  clientSecret!: string | null;
  @ApiPropertyOptional({ type: SimulatedActions }) simulated?: SimulatedActions;
}
