import { Module } from '@nestjs/common';
import { OrderCompletionProcessor } from './infrastructure/jobs/order-completion.processor';
import { OrderCompletionQueueModule } from './infrastructure/jobs/order-completion.queue';
import { PaymentOutcomeConsumer } from './infrastructure/jobs/payment-outcome.consumer';
import { ReservationExpiredConsumer } from './infrastructure/jobs/reservation-expired.consumer';
import { ShopOrderDeliveredConsumer } from './infrastructure/jobs/shop-order-delivered.consumer';

/**
 * The ordering context's background work, for the worker only (beside OrderingModule, whose
 * commands it runs): expiring unpaid orders, applying payment outcomes, and completing delivered
 * ShopOrders the buyer does not confirm in time (a delayed job per ShopOrder).
 */
@Module({
  imports: [OrderCompletionQueueModule],
  providers: [
    ReservationExpiredConsumer,
    PaymentOutcomeConsumer,
    ShopOrderDeliveredConsumer,
    OrderCompletionProcessor,
  ],
})
export class OrderingJobsModule {}
