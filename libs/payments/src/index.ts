// The payments context's public face. Other contexts and apps import only from here.
export { PaymentsModule } from './payments.module';
export { PaymentsJobsModule } from './payments-jobs.module';
export { PAYMENTS_ENTITIES } from './payments.entities';
export * from './contracts/payments.events';
export { CreatePaymentIntentCommand } from './application/commands/create-payment-intent/create-payment-intent.command';
export {
  PaymentIntentView,
  SimulatedActions,
} from './application/commands/create-payment-intent/payment-intent.view';
export { RequestRefundCommand } from './application/commands/request-refund/request-refund.command';
export { ReceiveWebhookCommand } from './application/commands/receive-webhook/receive-webhook.command';
export { GetOrderPaymentsQuery } from './application/queries/get-order-payments/get-order-payments.query';
export {
  OrderPaymentView,
  RefundView,
} from './application/queries/get-order-payments/order-payment.view';
export {
  PaymentProviderRejectedError,
  PaymentProviderUnavailableError,
} from './domain/provider/provider.errors';
export { OrderAlreadyPaidError, InvalidPaymentError } from './domain/payment/payment.errors';
export {
  OrderNotPaidError,
  RefundExceedsPaymentError,
  RefundReferenceConflictError,
} from './domain/refund/refund.errors';
export { REFUNDS_QUEUE } from './infrastructure/jobs/refunds.queue';
