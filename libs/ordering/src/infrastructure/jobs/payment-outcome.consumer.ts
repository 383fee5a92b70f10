import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { PAYMENT_FAILED, PAYMENT_SUCCEEDED, PaymentOutcomePayload } from '@pasar/payments';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { MarkOrderPaidCommand } from '../../application/commands/mark-order-paid/mark-order-paid.command';
import { RecordPaymentFailureCommand } from '../../application/commands/record-payment-failure/record-payment-failure.command';
import { orderIdIn } from './event-references';

/** Payments' outcomes for orders: a success pays the order (or is refunded), a failure is noted. */
@Injectable()
@ConsumesEvents(PAYMENT_SUCCEEDED, PAYMENT_FAILED)
export class PaymentOutcomeConsumer implements EventConsumer {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: EventEnvelope): Promise<void> {
    const payment = event.payload as unknown as PaymentOutcomePayload;
    const orderId = orderIdIn(payment.orderId);
    if (!orderId) return;
    await this.commands.execute(
      event.type === PAYMENT_SUCCEEDED
        ? new MarkOrderPaidCommand(orderId, payment.paymentId, payment.amount)
        : new RecordPaymentFailureCommand(orderId, payment.paymentId, payment.failureReason),
    );
  }
}
