import { DynamicModule, Module } from '@nestjs/common';
import { AnalyticsModule } from '@pasar/analytics';
import { CartModule } from '@pasar/cart';
import { CatalogModule } from '@pasar/catalog';
import { ChatModule } from '@pasar/chat';
import { IdentityModule } from '@pasar/identity';
import { NotificationsModule } from '@pasar/notifications';
import { InventoryModule } from '@pasar/inventory';
import { OrderingModule } from '@pasar/ordering';
import { PaymentsModule } from '@pasar/payments';
import { ReviewsModule } from '@pasar/reviews';
import { SearchModule } from '@pasar/search';
import { ShopsModule } from '@pasar/shops';
import { AppConfig, KernelModule } from '@pasar/shared';
import { DemoSeeder } from './demo-seeder';
import { CatalogSeeder } from './seed/catalog-seeder';

/** A Nest context without HTTP, for the seed and admin commands. */
@Module({})
export class CliModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        KernelModule.forRoot(config),
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
      ],
      providers: [DemoSeeder, CatalogSeeder],
    };
  }
}
