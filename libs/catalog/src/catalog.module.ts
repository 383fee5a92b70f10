import { Module } from '@nestjs/common';
import { AppConfig } from '@pasar/shared';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AddProductImageHandler } from './application/commands/add-product-image/add-product-image.handler';
import { EditProductImageHandler } from './application/commands/edit-product-image/edit-product-image.handler';
import { RemoveProductImageHandler } from './application/commands/remove-product-image/remove-product-image.handler';
import { AddVariantHandler } from './application/commands/add-variant/add-variant.handler';
import { ChangeProductStatusHandler } from './application/commands/change-product-status/change-product-status.handler';
import { CreateCategoryHandler } from './application/commands/create-category/create-category.handler';
import { CreateProductHandler } from './application/commands/create-product/create-product.handler';
import { EditCategoryHandler } from './application/commands/edit-category/edit-category.handler';
import { EditProductHandler } from './application/commands/edit-product/edit-product.handler';
import { EditVariantHandler } from './application/commands/edit-variant/edit-variant.handler';
import { GetCategoryHandler } from './application/queries/get-category/get-category.handler';
import { GetProductCardsHandler } from './application/queries/get-product-cards/get-product-cards.handler';
import { GetProductHandler } from './application/queries/get-product/get-product.handler';
import { GetVariantSummariesHandler } from './application/queries/get-variant-summaries/get-variant-summaries.handler';
import { ListCategoriesHandler } from './application/queries/list-categories/list-categories.handler';
import { ListMyProductsHandler } from './application/queries/list-my-products/list-my-products.handler';
import { ProductExistsHandler } from './application/queries/product-exists/product-exists.handler';
import { MediaStorage } from './application/ports/media-storage';
import { ProductEditor } from './application/services/product-editor';
import { CategoriesController, CategoryManagementController } from './api/categories.controller';
import { ProductImagesController } from './api/product-images.controller';
import { MyProductsController, ProductsController } from './api/products.controller';
import { CategoryRepository } from './domain/category/category.repository';
import { ProductRepository } from './domain/product/product.repository';
import { MikroOrmCategoryRepository } from './infrastructure/persistence/mikro-orm-category.repository';
import { MikroOrmProductRepository } from './infrastructure/persistence/mikro-orm-product.repository';
import { LocalDiskStorage } from './infrastructure/storage/local-disk.storage';
import { S3Storage } from './infrastructure/storage/s3.storage';
import { CATALOG_ENTITIES } from './catalog.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...CATALOG_ENTITIES])],
  controllers: [
    CategoriesController,
    CategoryManagementController,
    ProductsController,
    MyProductsController,
    ProductImagesController,
  ],
  providers: [
    { provide: CategoryRepository, useClass: MikroOrmCategoryRepository },
    { provide: ProductRepository, useClass: MikroOrmProductRepository },
    {
      provide: MediaStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        config.storage.driver === 's3' ? new S3Storage(config) : new LocalDiskStorage(config),
    },
    ProductEditor,
    CreateCategoryHandler,
    EditCategoryHandler,
    CreateProductHandler,
    EditProductHandler,
    AddVariantHandler,
    EditVariantHandler,
    ChangeProductStatusHandler,
    AddProductImageHandler,
    EditProductImageHandler,
    RemoveProductImageHandler,
    ListCategoriesHandler,
    GetCategoryHandler,
    GetProductHandler,
    ListMyProductsHandler,
    GetVariantSummariesHandler,
    ProductExistsHandler,
    GetProductCardsHandler,
  ],
  exports: [MediaStorage],
})
export class CatalogModule {}
