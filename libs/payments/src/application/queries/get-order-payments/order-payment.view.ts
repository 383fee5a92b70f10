import { ApiProperty } from '@nestjs/swagger';

export class RefundView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() amount!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) failureReason!: string | null;
  @ApiProperty() createdAt!: string;
}

/** What the provider reported of the card paid with: never more than brand and last 4 digits. */
export class PaymentCardView {
  @ApiProperty({ nullable: true, type: String, example: 'visa' }) brand!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '4242' }) last4!: string | null;
}

export class OrderPaymentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['simulated', 'stripe'] }) provider!: string;
  @ApiProperty({ nullable: true, type: String, description: "The provider's intent id" })
  providerIntentId!: string | null;
  @ApiProperty({ enum: ['requires_payment', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty() amount!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ nullable: true }) failureReason!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'card',
    description: 'How the buyer paid, as the provider reported it (null until it does)',
  })
  method!: string | null;
  @ApiProperty({ nullable: true, type: PaymentCardView }) card!: PaymentCardView | null;
  @ApiProperty({ type: [RefundView], description: 'With their amounts and reasons, oldest first' })
  refunds!: RefundView[];
  @ApiProperty() createdAt!: string;
}
