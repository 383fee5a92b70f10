import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from '../../../domain/payment/payment.aggregate';
import { PaymentRepository } from '../../../domain/payment/payment.repository';
import { PaymentProvider } from '../../../domain/provider/payment-provider';
import { ProviderEvent } from '../../../domain/provider/provider-event';
import { providerNotFound } from '../../../domain/provider/provider.errors';
import { RefundRepository } from '../../../domain/refund/refund.repository';
import { WebhookEventRepository } from '../../../domain/webhook/webhook-event.repository';
import { ReceiveWebhookCommand } from './receive-webhook.command';
import { WebhookReceipt } from './webhook-receipt.view';

/**
 * Verifies the signature first (a forgery touches nothing), then, in one transaction, records
 * the event id (a redelivery stops here) and applies the event to its payment or refund, locked.
 * An event about something Pasar does not know is acknowledged and logged, never retried.
 */
@CommandHandler(ReceiveWebhookCommand)
export class ReceiveWebhookHandler implements ICommandHandler<ReceiveWebhookCommand> {
  private readonly logger = new Logger(ReceiveWebhookHandler.name);

  constructor(
    private readonly em: EntityManager,
    private readonly provider: PaymentProvider,
    private readonly webhookEvents: WebhookEventRepository,
    private readonly payments: PaymentRepository,
    private readonly refunds: RefundRepository,
  ) {}

  async execute({ provider, rawBody, signature }: ReceiveWebhookCommand): Promise<WebhookReceipt> {
    if (provider !== this.provider.name) throw providerNotFound(provider);
    const event = this.provider.verifyWebhook(rawBody, signature);
    return this.em.transactional(async () => {
      const receipt = { received: true as const, eventId: event.id, type: event.type };
      const first = await this.webhookEvents.recordFirstDelivery(provider, event, new Date());
      if (!first) return { ...receipt, duplicate: true };
      if (
        event.type === 'payment.succeeded' ||
        event.type === 'payment.failed' ||
        event.type === 'payment.details' ||
        event.type === 'payment.disputed' ||
        event.type === 'payment.dispute-closed'
      ) {
        await this.applyToPayment(event);
      } else if (event.type === 'refund.succeeded' || event.type === 'refund.failed') {
        await this.applyToRefund(event);
      }
      return { ...receipt, duplicate: false };
    });
  }

  private async applyToPayment(event: ProviderEvent): Promise<void> {
    const found = event.providerIntentId
      ? await this.payments.findByProviderIntent(this.provider.name, event.providerIntentId)
      : null;
    const id = found?.id ?? event.paymentId;
    const payment = id ? await this.payments.findById(id, { forUpdate: true }) : null;
    const otherIntent =
      payment?.providerIntentId && event.providerIntentId !== payment.providerIntentId;
    if (!payment || payment.provider !== this.provider.name || otherIntent) {
      this.logger.warn({ event }, 'webhook about an unknown payment; acknowledged, not applied');
      return;
    }
    const now = new Date();
    // The intent was opened but not yet recorded (the provider's answer got lost): record it now.
    if (event.providerIntentId) payment.attachIntent(event.providerIntentId, null, now);
    if (event.paymentMethod) payment.notePaymentMethod(event.paymentMethod, now);
    const changed = applyOutcome(payment, event, now);
    await this.payments.save(payment);
    if (!changed) this.logger.log({ event, status: payment.status }, 'webhook changed nothing');
  }

  private async applyToRefund(event: ProviderEvent): Promise<void> {
    const found = event.providerRefundId
      ? await this.refunds.findByProviderRefund(event.providerRefundId)
      : null;
    const id = found?.id ?? event.refundId;
    const refund = id ? await this.refunds.findById(id, { forUpdate: true }) : null;
    if (!refund) {
      this.logger.warn({ event }, 'webhook about an unknown refund; acknowledged, not applied');
      return;
    }
    const now = new Date();
    const changed =
      event.type === 'refund.succeeded'
        ? refund.succeed(event.providerRefundId, now)
        : refund.fail(event.failureReason, event.providerRefundId, now);
    await this.refunds.save(refund);
    if (!changed) this.logger.log({ event, status: refund.status }, 'webhook changed nothing');
  }
}

/** What a payment event does to its payment; false when it changed nothing. */
function applyOutcome(payment: Payment, event: ProviderEvent, now: Date): boolean {
  switch (event.type) {
    case 'payment.succeeded':
      return payment.succeed(now);
    case 'payment.failed':
      return payment.fail(event.failureReason, now);
    case 'payment.disputed':
      return event.dispute !== null && payment.openDispute(event.dispute, now);
    case 'payment.dispute-closed':
      return event.dispute !== null && payment.closeDispute(event.dispute, now);
    default:
      return event.paymentMethod !== null;
  }
}
