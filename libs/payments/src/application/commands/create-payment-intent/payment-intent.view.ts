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

/** The view of a payment; simulated payments carry the routes that settle them. */
export function toPaymentIntentView(
  payment: {
    id: string;
    orderId: string;
    provider: string;
    providerIntentId: string | null;
    status: string;
    amount: number;
    currency: string;
    clientSecret: string | null;
  },
  publicUrl: string,
): PaymentIntentView {
  const view: PaymentIntentView = {
    paymentId: payment.id,
    orderId: payment.orderId,
    provider: payment.provider,
    providerIntentId: payment.providerIntentId ?? '',
    status: payment.status,
    amount: payment.amount,
    currency: payment.currency,
    clientSecret: payment.clientSecret,
  };
  if (payment.provider === 'simulated' && payment.providerIntentId) {
    const base = `${publicUrl.replace(/\/+$/, '')}/payments/simulated/intents/${payment.providerIntentId}`;
    view.simulated = { succeedUrl: `${base}/succeed`, failUrl: `${base}/fail` };
  }
  return view;
}
