import { Query } from '@nestjs/cqrs';
import { VariantSummary } from './variant-summary.view';

/**
 * Public query for other contexts (shops validates offers with it): the variants that exist
 * among `variantIds`, with their product. Unknown ids are simply absent from the result.
 */
export class GetVariantSummariesQuery extends Query<VariantSummary[]> {
  constructor(readonly variantIds: string[]) {
    super();
  }
}
