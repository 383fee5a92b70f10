import { Query } from '@nestjs/cqrs';

/** Public query for other contexts: whether a catalog product with this id exists (any status). */
export class ProductExistsQuery extends Query<boolean> {
  constructor(readonly productId: string) {
    super();
  }
}
