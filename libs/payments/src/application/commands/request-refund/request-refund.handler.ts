import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { PaymentRepository } from '../../../domain/payment/payment.repository';
import { requestRefund } from '../../../domain/refund/refund-policy';
import { InvalidRefundError } from '../../../domain/refund/refund.errors';
import { RefundRepository } from '../../../domain/refund/refund.repository';
import { RequestRefundCommand } from './request-refund.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Database only, so it can run inside the caller's transaction: records a pending refund and the
 * event that makes the worker call the provider. The order's payments stay locked meanwhile, so
 * concurrent refunds of one order take turns and never add up to more than was paid.
 */
@CommandHandler(RequestRefundCommand)
export class RequestRefundHandler implements ICommandHandler<RequestRefundCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly payments: PaymentRepository,
    private readonly refunds: RefundRepository,
  ) {}

  async execute({ orderId, reference, amount, reason }: RequestRefundCommand): Promise<void> {
    if (typeof orderId !== 'string' || !UUID.test(orderId)) {
      throw new InvalidRefundError('orderId must be a UUID');
    }
    const order = orderId.toLowerCase();
    const request = { reference: String(reference ?? '').trim(), amount, reason };
    await this.em.transactional(async () => {
      const payments = await this.payments.findByOrderLocked(order);
      const earlier = await this.refunds.findByOrderAndReference(order, request.reference);
      if (earlier) return earlier.assertRepeats(request);
      const succeeded = payments.filter((payment) => payment.status === 'succeeded');
      const refunded = await this.refunds.refundedAmounts(succeeded.map((payment) => payment.id));
      const refund = requestRefund(order, succeeded, refunded, request, new Date());
      await this.refunds.save(refund);
    });
  }
}
