import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { RebuildSearchIndexHandler } from './application/commands/rebuild-search-index/rebuild-search-index.handler';
import { AvailabilityProjection } from './application/projections/availability.projection';
import { CatalogProjection } from './application/projections/catalog.projection';
import { ListingRecalculator } from './application/projections/listing-recalculator';
import { SearchProjector } from './application/projections/search-projector';
import { RatingsProjection } from './application/projections/ratings.projection';
import { ShopsProjection } from './application/projections/shops.projection';
import { GetProductDetailHandler } from './application/queries/get-product-detail/get-product-detail.handler';
import { ListProductsHandler } from './application/queries/list-products/list-products.handler';
import { ReadModelCache } from './application/queries/read-model-cache/read-model-cache';
import { ListShopProductsHandler } from './application/queries/list-shop-products/list-shop-products.handler';
import { SearchProductsHandler } from './application/queries/search-products/search-products.handler';
import { SuggestProductsHandler } from './application/queries/suggest-products/suggest-products.handler';
import { ProductsController, ShopProductsController } from './api/products.controller';
import { SearchController } from './api/search.controller';
import { SearchProjectionConsumer } from './infrastructure/jobs/search-projection.consumer';
import { SEARCH_ENTITIES } from './search.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...SEARCH_ENTITIES])],
  controllers: [SearchController, ProductsController, ShopProductsController],
  providers: [
    ListingRecalculator,
    CatalogProjection,
    ShopsProjection,
    AvailabilityProjection,
    RatingsProjection,
    SearchProjector,
    SearchProjectionConsumer,
    RebuildSearchIndexHandler,
    ListProductsHandler,
    ListShopProductsHandler,
    GetProductDetailHandler,
    ReadModelCache,
    SearchProductsHandler,
    SuggestProductsHandler,
  ],
})
export class SearchModule {}
