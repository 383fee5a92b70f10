import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AutoCompleteShopOrderHandler } from './application/commands/auto-complete-shop-order/auto-complete-shop-order.handler';
import { CancelOrderHandler } from './application/commands/cancel-order/cancel-order.handler';
import { CancelShopOrderHandler } from './application/commands/cancel-shop-order/cancel-shop-order.handler';
import { ConfirmDeliveryHandler } from './application/commands/confirm-delivery/confirm-delivery.handler';
import { CreateOrderPaymentIntentHandler } from './application/commands/create-order-payment-intent/create-order-payment-intent.handler';
import { DeliverShopOrderHandler } from './application/commands/deliver-shop-order/deliver-shop-order.handler';
import { ExpireOrderHandler } from './application/commands/expire-order/expire-order.handler';
import { MarkOrderPaidHandler } from './application/commands/mark-order-paid/mark-order-paid.handler';
import { PlaceOrderHandler } from './application/commands/place-order/place-order.handler';
import { RecordPaymentFailureHandler } from './application/commands/record-payment-failure/record-payment-failure.handler';
import { ShipShopOrderHandler } from './application/commands/ship-shop-order/ship-shop-order.handler';
import { CheckoutIdempotency } from './application/ports/checkout-idempotency';
import { GetOrderTimelineHandler } from './application/queries/get-order-timeline/get-order-timeline.handler';
import { GetOrderTrackingHandler } from './application/queries/get-order-tracking/get-order-tracking.handler';
import { GetOrderHandler } from './application/queries/get-order/get-order.handler';
import { GetOrderByNumberHandler } from './application/queries/get-order-by-number/get-order-by-number.handler';
import { GetOrderHeadersHandler } from './application/queries/get-order-headers/get-order-headers.handler';
import { GetShopOrderCardHandler } from './application/queries/get-shop-order-card/get-shop-order-card.handler';
import { GetOrderPartiesHandler } from './application/queries/get-order-parties/get-order-parties.handler';
import { GetShopOrderHandler } from './application/queries/get-shop-order/get-shop-order.handler';
import { ListOrdersHandler } from './application/queries/list-orders/list-orders.handler';
import { ListShopOrdersHandler } from './application/queries/list-shop-orders/list-shop-orders.handler';
import { OrderDesk } from './application/services/order-desk';
import { OrderViews } from './application/services/order-views';
import { ShopAccess } from './application/services/shop-access';
import { ShopOrderDesk } from './application/services/shop-order-desk';
import { OrdersController } from './api/orders.controller';
import { ShopOrdersController } from './api/shop-orders.controller';
import { OrderRepository } from './domain/order/order.repository';
import { ShopOrderRepository } from './domain/shop-order/shop-order.repository';
import { OrderCompletionQueueModule } from './infrastructure/jobs/order-completion.queue';
import { MikroOrmOrderRepository } from './infrastructure/persistence/mikro-orm-order.repository';
import { MikroOrmShopOrderRepository } from './infrastructure/persistence/mikro-orm-shop-order.repository';
import { SqlCheckoutIdempotency } from './infrastructure/persistence/sql-checkout-idempotency';
import { ORDERING_ENTITIES } from './ordering.entities';

/**
 * Checkout and the order life cycle. The order-completion queue is registered wherever the
 * context runs, so the api shows it in Bull Board; OrderingJobsModule (the worker) consumes
 * events and processes the queue's jobs.
 */
@Module({
  imports: [MikroOrmModule.forFeature([...ORDERING_ENTITIES]), OrderCompletionQueueModule],
  controllers: [OrdersController, ShopOrdersController],
  providers: [
    { provide: OrderRepository, useClass: MikroOrmOrderRepository },
    { provide: ShopOrderRepository, useClass: MikroOrmShopOrderRepository },
    { provide: CheckoutIdempotency, useClass: SqlCheckoutIdempotency },
    OrderViews,
    OrderDesk,
    ShopOrderDesk,
    ShopAccess,
    PlaceOrderHandler,
    CreateOrderPaymentIntentHandler,
    CancelOrderHandler,
    ExpireOrderHandler,
    MarkOrderPaidHandler,
    RecordPaymentFailureHandler,
    ShipShopOrderHandler,
    DeliverShopOrderHandler,
    CancelShopOrderHandler,
    ConfirmDeliveryHandler,
    AutoCompleteShopOrderHandler,
    GetOrderHandler,
    GetOrderByNumberHandler,
    GetOrderHeadersHandler,
    GetOrderPartiesHandler,
    GetShopOrderCardHandler,
    ListOrdersHandler,
    GetOrderTrackingHandler,
    GetOrderTimelineHandler,
    GetShopOrderHandler,
    ListShopOrdersHandler,
  ],
})
export class OrderingModule {}
