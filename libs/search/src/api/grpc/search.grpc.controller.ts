import { QueryBus } from '@nestjs/cqrs';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { GrpcController } from '@pasar/shared';
import { GetProductDetailQuery } from '../../application/queries/get-product-detail/get-product-detail.query';
import { ProductDetailView } from '../../application/queries/get-product-detail/product-detail.view';
import { ParseSlugPipe } from '../parse-slug.pipe';

/**
 * pasar.catalog.v1.CatalogService (proto/pasar/catalog/v1/catalog.proto). A product with its
 * offers is the product page buyers read, which this context's read model answers (offers
 * belong to shops, so the catalog context alone cannot).
 */
@GrpcController()
export class SearchGrpcController {
  constructor(private readonly queries: QueryBus) {}

  @GrpcMethod('CatalogService', 'GetProduct')
  getProduct(@Payload('slug', ParseSlugPipe) slug: string): Promise<ProductDetailView> {
    return this.queries.execute(new GetProductDetailQuery(slug));
  }
}
