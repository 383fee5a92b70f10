import { Command } from '@nestjs/cqrs';
import { VariantSpec } from '../../../domain/product/product.aggregate';
import { ProductActor } from '../../services/product-editor';

export class AddVariantCommand extends Command<{ variantId: string }> {
  constructor(
    readonly actor: ProductActor,
    readonly productId: string,
    readonly variant: VariantSpec,
  ) {
    super();
  }
}
