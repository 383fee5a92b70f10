import { Command } from '@nestjs/cqrs';
import { VariantSpec } from '../../../domain/product/product.aggregate';
import { ProductActor } from '../../services/product-editor';

export interface NewProduct {
  name: string;
  slug: string;
  description: string | null;
  categoryId: string;
  variants: VariantSpec[];
}

/** A seller or an admin adds a draft product to the catalog; it records who created it. */
export class CreateProductCommand extends Command<{ productId: string }> {
  constructor(
    readonly actor: ProductActor,
    readonly product: NewProduct,
  ) {
    super();
  }
}
