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

export class OrderPaymentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['simulated', 'stripe'] }) provider!: string;
  @ApiProperty({ nullable: true, type: String, description: "The provider's intent id" })
  providerIntentId!: string | null;
  @ApiProperty({ enum: ['requires_payment', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty() amount!: number;
  @ApiProperty() currency!: string;
  @ApiProperty({ nullable: true }) failureReason!: string | null;
  @ApiProperty({ type: [RefundView] }) refunds!: RefundView[];
  @ApiProperty() createdAt!: string;
}
