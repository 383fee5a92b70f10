import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from '../../../domain/payment/payment.aggregate';
import { PaymentRepository } from '../../../domain/payment/payment.repository';
import { PaymentProvider, ProviderRefund } from '../../../domain/provider/payment-provider';
import { PaymentProviderRejectedError } from '../../../domain/provider/provider.errors';
import { Refund } from '../../../domain/refund/refund.aggregate';
import { RefundRepository } from '../../../domain/refund/refund.repository';
import { SettleRefundCommand } from './settle-refund.command';

@CommandHandler(SettleRefundCommand)
export class SettleRefundHandler implements ICommandHandler<SettleRefundCommand> {
  private readonly logger = new Logger(SettleRefundHandler.name);

  constructor(
    private readonly em: EntityManager,
    private readonly payments: PaymentRepository,
    private readonly refunds: RefundRepository,
    private readonly provider: PaymentProvider,
  ) {}

  async execute({ refundId, finalAttempt }: SettleRefundCommand): Promise<void> {
    const refund = await this.refunds.findById(refundId);
    if (!refund?.awaitsProviderCall) return;
    const payment = await this.payments.findById(refund.paymentId);
    if (!payment) throw new Error(`Refund ${refundId} has no payment ${refund.paymentId}`);
    const answer = await this.askProvider(refund, payment, finalAttempt);
    await this.em.transactional(async () => {
      const locked = await this.refunds.findById(refundId, { forUpdate: true });
      if (!locked) return;
      const now = new Date();
      const changed =
        'givenUp' in answer
          ? locked.fail(answer.givenUp, null, now)
          : locked.applyProviderAnswer(answer, now);
      if (changed) await this.refunds.save(locked);
    });
  }

  /** The provider's answer, or why it is given up on: a refusal, or an outage on the last attempt. */
  private async askProvider(
    refund: Refund,
    payment: Payment,
    finalAttempt: boolean,
  ): Promise<ProviderRefund | { givenUp: string }> {
    try {
      if (payment.provider !== this.provider.name || payment.providerIntentId === null) {
        throw new PaymentProviderRejectedError(
          `payment ${payment.id} was not taken with the configured provider (${this.provider.name})`,
        );
      }
      return await this.provider.refund({
        providerIntentId: payment.providerIntentId,
        amount: refund.amount,
        metadata: { refundId: refund.id, paymentId: payment.id, orderId: refund.orderId },
        idempotencyKey: `pasar-refund-${refund.id}`,
      });
    } catch (error) {
      const rejected = error instanceof PaymentProviderRejectedError;
      if (!rejected && !finalAttempt) throw error;
      this.logger.warn({ refundId: refund.id, err: error }, 'refund failed for good');
      return { givenUp: (error as Error).message };
    }
  }
}
