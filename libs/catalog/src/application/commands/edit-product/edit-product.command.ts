import { Command } from '@nestjs/cqrs';
import { ProductActor } from '../../services/product-editor';

export interface ProductChanges {
  name?: string;
  slug?: string;
  /** null clears the description. */
  description?: string | null;
  categoryId?: string;
}

/** The product's creator (or an admin) changes its fields. */
export class EditProductCommand extends Command<void> {
  constructor(
    readonly actor: ProductActor,
    readonly productId: string,
    readonly changes: ProductChanges,
  ) {
    super();
  }
}
