import { Query } from '@nestjs/cqrs';
import { ProductCardSummary } from './product-card-summary.view';

/**
 * Public query for other contexts (chat's product cards): name, status and first image of the
 * products that exist among `productIds`, any status. Unknown ids are simply absent.
 */
export class GetProductCardsQuery extends Query<ProductCardSummary[]> {
  constructor(readonly productIds: string[]) {
    super();
  }
}
