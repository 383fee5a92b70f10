import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { RebuildSearchIndexHandler } from './application/commands/rebuild-search-index/rebuild-search-index.handler';
import { AvailabilityProjection } from './application/projections/availability.projection';
import { CatalogProjection } from './application/projections/catalog.projection';
import { ListingRecalculator } from './application/projections/listing-recalculator';
import { SearchProjector } from './application/projections/search-projector';
import { ShopsProjection } from './application/projections/shops.projection';
import { GetProductDetailHandler } from './application/queries/get-product-detail/get-product-detail.handler';
import { ListProductsHandler } from './application/queries/list-products/list-products.handler';
import { ListShopProductsHandler } from './application/queries/list-shop-products/list-shop-products.handler';
import { ProductsController, ShopProductsController } from './api/products.controller';
import { SearchProjectionConsumer } from './infrastructure/jobs/search-projection.consumer';
import { SEARCH_ENTITIES } from './search.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...SEARCH_ENTITIES])],
  controllers: [ProductsController, ShopProductsController],
  providers: [
    ListingRecalculator,
    CatalogProjection,
    ShopsProjection,
    AvailabilityProjection,
    SearchProjector,
    SearchProjectionConsumer,
    RebuildSearchIndexHandler,
    ListProductsHandler,
    ListShopProductsHandler,
    GetProductDetailHandler,
  ],
})
export class SearchModule {}
