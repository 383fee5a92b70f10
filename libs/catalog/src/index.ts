// The catalog context's public face. Other contexts and apps import only from here.
export { CatalogModule } from './catalog.module';
export { CATALOG_ENTITIES } from './catalog.entities';
export { GetVariantSummariesQuery } from './application/queries/get-variant-summaries/get-variant-summaries.query';
export type { VariantSummary } from './application/queries/get-variant-summaries/variant-summary.view';
