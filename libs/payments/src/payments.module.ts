import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CreatePaymentIntentHandler } from './application/commands/create-payment-intent/create-payment-intent.handler';
import { ReceiveWebhookHandler } from './application/commands/receive-webhook/receive-webhook.handler';
import { RequestRefundHandler } from './application/commands/request-refund/request-refund.handler';
import { SettleRefundHandler } from './application/commands/settle-refund/settle-refund.handler';
import { PaymentSimulator } from './application/commands/simulate-payment/payment-simulator';
import { SimulatePaymentHandler } from './application/commands/simulate-payment/simulate-payment.handler';
import { GetOrderPaymentsHandler } from './application/queries/get-order-payments/get-order-payments.handler';
import { PaymentWebhooksController } from './api/payment-webhooks.controller';
import { SimulatedPaymentsController } from './api/simulated-payments.controller';
import { PaymentRepository } from './domain/payment/payment.repository';
import { RefundRepository } from './domain/refund/refund.repository';
import { WebhookEventRepository } from './domain/webhook/webhook-event.repository';
import { RefundsQueueModule } from './infrastructure/jobs/refunds.queue';
import { MikroOrmPaymentRepository } from './infrastructure/persistence/mikro-orm-payment.repository';
import { MikroOrmRefundRepository } from './infrastructure/persistence/mikro-orm-refund.repository';
import { SqlWebhookEventRepository } from './infrastructure/persistence/sql-webhook-event.repository';
import { paymentProviderFactory } from './infrastructure/providers/payment-provider.factory';
import { SimulatedPaymentProvider } from './infrastructure/providers/simulated/simulated-payment.provider';
import { SimulatedWebhookSender } from './infrastructure/providers/simulated/simulated-webhook-sender';
import { PAYMENTS_ENTITIES } from './payments.entities';

@Module({
  // The refunds queue is registered wherever the context runs, so the api shows it in Bull Board;
  // only PaymentsJobsModule (the worker) fills and processes it.
  imports: [MikroOrmModule.forFeature([...PAYMENTS_ENTITIES]), RefundsQueueModule],
  controllers: [PaymentWebhooksController, SimulatedPaymentsController],
  providers: [
    { provide: PaymentRepository, useClass: MikroOrmPaymentRepository },
    { provide: RefundRepository, useClass: MikroOrmRefundRepository },
    { provide: WebhookEventRepository, useClass: SqlWebhookEventRepository },
    SimulatedPaymentProvider,
    paymentProviderFactory,
    { provide: PaymentSimulator, useClass: SimulatedWebhookSender },
    CreatePaymentIntentHandler,
    ReceiveWebhookHandler,
    RequestRefundHandler,
    SettleRefundHandler,
    SimulatePaymentHandler,
    GetOrderPaymentsHandler,
  ],
})
export class PaymentsModule {}
