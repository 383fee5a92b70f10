import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@pasar/shared';
import { Payment, validPaymentRequest } from '../../../domain/payment/payment.aggregate';
import { paymentNotFound } from '../../../domain/payment/payment.errors';
import { PaymentRepository } from '../../../domain/payment/payment.repository';
import { PaymentProvider } from '../../../domain/provider/payment-provider';
import { CreatePaymentIntentCommand } from './create-payment-intent.command';
import { PaymentIntentView, toPaymentIntentView } from './payment-intent.view';

/**
 * Two short transactions around the provider call, so no lock is held while the provider thinks:
 * first the order's open payment (or a new one) is committed, then the provider's intent is
 * attached. If the provider is down the payment stays `requires_payment` without an intent and
 * the next request reuses it; the idempotency key (its id) makes the provider answer the same intent.
 */
@CommandHandler(CreatePaymentIntentCommand)
export class CreatePaymentIntentHandler implements ICommandHandler<CreatePaymentIntentCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly payments: PaymentRepository,
    private readonly provider: PaymentProvider,
    private readonly config: AppConfig,
  ) {}

  async execute(command: CreatePaymentIntentCommand): Promise<PaymentIntentView> {
    const request = validPaymentRequest(command);
    let payment = await this.em.transactional(async () => {
      const existing = await this.payments.findByOrderLocked(request.orderId);
      const chosen = Payment.startOrReuse(existing, request, this.provider.name, new Date());
      await this.payments.save(chosen);
      return chosen;
    });
    if (payment.providerIntentId === null) payment = await this.openIntent(payment);
    return toPaymentIntentView(payment, this.config.publicUrl);
  }

  private async openIntent(payment: Payment): Promise<Payment> {
    const intent = await this.provider.createIntent({
      amount: payment.amount,
      currency: payment.currency,
      metadata: { orderId: payment.orderId, paymentId: payment.id },
      idempotencyKey: `pasar-payment-${payment.id}`,
    });
    return this.em.transactional(async () => {
      const locked = await this.payments.findById(payment.id, { forUpdate: true });
      if (!locked) throw paymentNotFound(payment.id);
      locked.attachIntent(intent.id, intent.clientSecret, new Date());
      await this.payments.save(locked);
      return locked;
    });
  }
}
