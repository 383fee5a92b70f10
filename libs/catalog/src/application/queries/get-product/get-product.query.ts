import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ProductView } from './product.view';

/** One product for its creator or an admin; anyone else gets a 404. */
export class GetProductQuery extends Query<ProductView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly productId: string,
  ) {
    super();
  }
}
