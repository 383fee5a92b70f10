import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import {
  PaymentSimulator,
  SimulatedDelivery,
  SimulatedOutcome,
  TestCard,
} from '../../../application/commands/simulate-payment/payment-simulator';
import { SimulatedPaymentProvider } from './simulated-payment.provider';
import { SIMULATED_SIGNATURE_HEADER } from './webhook-signature';

/** Pasar's webhook route for the simulated provider. */
export const SIMULATED_WEBHOOK_PATH = '/payments/webhooks/simulated';

/**
 * Settles the simulated intent, then delivers the provider's signed event to Pasar's own webhook
 * route through the whole HTTP pipeline (Fastify's inject: hooks, guards, pipes, the error
 * filter), exactly as the provider's POST would arrive.
 */
@Injectable()
export class SimulatedWebhookSender extends PaymentSimulator {
  constructor(
    private readonly provider: SimulatedPaymentProvider,
    private readonly http: HttpAdapterHost,
  ) {
    super();
  }

  async settle(
    intentId: string,
    outcome: SimulatedOutcome,
    failureReason: string | null,
    card: TestCard | null,
  ): Promise<SimulatedDelivery> {
    const webhook = await this.provider.settle(intentId, outcome, failureReason, card);
    const fastify = this.http.httpAdapter.getInstance<FastifyInstance>();
    const response = await fastify.inject({
      method: 'POST',
      url: SIMULATED_WEBHOOK_PATH,
      headers: {
        'content-type': 'application/json',
        [SIMULATED_SIGNATURE_HEADER]: webhook.signature,
        'user-agent': 'Pasar-Simulated-Provider/1.0',
      },
      payload: webhook.body,
    });
    return { eventId: webhook.eventId, webhookStatus: response.statusCode };
  }
}
