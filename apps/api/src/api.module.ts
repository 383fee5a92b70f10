import { DynamicModule, Module } from '@nestjs/common';
import { AnalyticsModule } from '@pasar/analytics';
import { CartModule } from '@pasar/cart';
import { CatalogModule } from '@pasar/catalog';
import { ChatModule } from '@pasar/chat';
import { IdentityGrpcModule, IdentityModule } from '@pasar/identity';
import { NotificationsModule } from '@pasar/notifications';
import { InventoryGrpcModule, InventoryModule } from '@pasar/inventory';
import { OrderingGrpcModule, OrderingModule } from '@pasar/ordering';
import { PaymentsModule } from '@pasar/payments';
import { ReviewsModule } from '@pasar/reviews';
import { SearchGrpcModule, SearchModule } from '@pasar/search';
import { ShopsModule } from '@pasar/shops';
import { AppConfig, DomainEventsQueueModule, HttpKernelModule, KernelModule } from '@pasar/shared';
import { AdminEventsController } from './admin/admin-events.controller';
import { AdminSessionController } from './admin/admin-session.controller';

/** The API process: every context's controllers and gRPC services, plus the admin pages. */
@Module({})
export class ApiModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        KernelModule.forRoot(config),
        HttpKernelModule,
        DomainEventsQueueModule,
        IdentityModule,
        CatalogModule,
        ShopsModule,
        InventoryModule,
        CartModule,
        OrderingModule,
        PaymentsModule,
        ChatModule,
        NotificationsModule,
        ReviewsModule,
        AnalyticsModule,
        SearchModule,
        IdentityGrpcModule,
        InventoryGrpcModule,
        SearchGrpcModule,
        OrderingGrpcModule,
      ],
      controllers: [AdminSessionController, AdminEventsController],
    };
  }
}
