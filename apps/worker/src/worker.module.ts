import { DynamicModule, Module } from '@nestjs/common';
import { AnalyticsModule } from '@pasar/analytics';
import { CartModule } from '@pasar/cart';
import { CatalogModule } from '@pasar/catalog';
import { ChatJobsModule, ChatModule } from '@pasar/chat';
import { InventoryJobsModule, InventoryModule } from '@pasar/inventory';
import { NotificationsJobsModule, NotificationsModule } from '@pasar/notifications';
import { OrderingJobsModule, OrderingModule } from '@pasar/ordering';
import { PaymentsJobsModule, PaymentsModule } from '@pasar/payments';
import { ReviewsModule } from '@pasar/reviews';
import { SearchModule } from '@pasar/search';
import { ShopsModule } from '@pasar/shops';
import { AppConfig, BrokerRelayModule, KernelModule, OutboxRelayModule } from '@pasar/shared';

/**
 * The background process: relays the outbox (to the queues and, when BROKER_URL is set, to
 * RabbitMQ) and runs every context's queue processors.
 */
@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        KernelModule.forRoot(config),
        OutboxRelayModule,
        BrokerRelayModule,
        CatalogModule,
        ShopsModule,
        InventoryModule,
        InventoryJobsModule,
        CartModule,
        OrderingModule,
        OrderingJobsModule,
        PaymentsModule,
        PaymentsJobsModule,
        ChatModule,
        ChatJobsModule,
        NotificationsModule,
        NotificationsJobsModule,
        ReviewsModule,
        AnalyticsModule,
        SearchModule,
      ],
    };
  }
}
