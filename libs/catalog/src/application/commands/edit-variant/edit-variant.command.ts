import { Command } from '@nestjs/cqrs';
import { VariantSpec } from '../../../domain/product/product.aggregate';
import { ProductActor } from '../../services/product-editor';

export class EditVariantCommand extends Command<void> {
  constructor(
    readonly actor: ProductActor,
    readonly productId: string,
    readonly variantId: string,
    readonly changes: Partial<VariantSpec>,
  ) {
    super();
  }
}
