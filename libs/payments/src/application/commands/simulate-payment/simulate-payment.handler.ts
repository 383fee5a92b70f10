import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { assertOwnership } from '@pasar/shared';
import { PaymentRepository } from '../../../domain/payment/payment.repository';
import { PaymentProvider } from '../../../domain/provider/payment-provider';
import { intentNotFound } from '../../../domain/provider/provider.errors';
import { GetOrderPaymentsQuery } from '../../queries/get-order-payments/get-order-payments.query';
import { OrderPaymentView } from '../../queries/get-order-payments/order-payment.view';
import { PaymentSimulator } from './payment-simulator';
import { SimulatePaymentCommand } from './simulate-payment.command';
import { SimulatedPaymentView } from './simulated-payment.view';

@CommandHandler(SimulatePaymentCommand)
export class SimulatePaymentHandler implements ICommandHandler<SimulatePaymentCommand> {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly payments: PaymentRepository,
    private readonly simulator: PaymentSimulator,
    private readonly queries: QueryBus,
  ) {}

  async execute(command: SimulatePaymentCommand): Promise<SimulatedPaymentView> {
    const { actor, intentId, outcome, failureReason, card } = command;
    const notFound = () => intentNotFound(intentId);
    if (this.provider.name !== 'simulated') throw notFound();
    const payment = await this.payments.findByProviderIntent('simulated', intentId);
    if (!payment) throw notFound();
    assertOwnership(actor, payment.buyerId, notFound);
    const delivery = await this.simulator.settle(intentId, outcome, failureReason, card);
    // The webhook was applied in its own request: read the payment afresh.
    const payments: OrderPaymentView[] = await this.queries.execute(
      new GetOrderPaymentsQuery(payment.orderId),
    );
    const settled = payments.find((p) => p.id === payment.id);
    return {
      intentId,
      eventId: delivery.eventId,
      webhookStatus: delivery.webhookStatus,
      paymentId: payment.id,
      paymentStatus: settled?.status ?? payment.status,
      failureReason: settled?.failureReason ?? null,
    };
  }
}
