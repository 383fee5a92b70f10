// The catalog context's public face. Other contexts and apps import only from here.
export { CatalogModule } from './catalog.module';
export { CATALOG_ENTITIES } from './catalog.entities';
export * from './contracts/catalog.events';
export { CreateCategoryCommand } from './application/commands/create-category/create-category.command';
export { CreateProductCommand } from './application/commands/create-product/create-product.command';
export type { NewProduct } from './application/commands/create-product/create-product.command';
export { ChangeProductStatusCommand } from './application/commands/change-product-status/change-product-status.command';
export { GetVariantSummariesQuery } from './application/queries/get-variant-summaries/get-variant-summaries.query';
export { ProductExistsQuery } from './application/queries/product-exists/product-exists.query';
export type { VariantSummary } from './application/queries/get-variant-summaries/variant-summary.view';
export { GetProductCardsQuery } from './application/queries/get-product-cards/get-product-cards.query';
export type { ProductCardSummary } from './application/queries/get-product-cards/product-card-summary.view';
export { MediaStorage } from './application/ports/media-storage';
export { GetProductQuery } from './application/queries/get-product/get-product.query';
export {
  ProductView,
  VariantView,
  ImageView,
} from './application/queries/get-product/product.view';
export { GetCategoryQuery } from './application/queries/get-category/get-category.query';
export { CategoryView } from './application/queries/list-categories/category.view';
