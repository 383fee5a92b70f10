import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductEditor } from '../../services/product-editor';
import { AddVariantCommand } from './add-variant.command';

@CommandHandler(AddVariantCommand)
export class AddVariantHandler implements ICommandHandler<AddVariantCommand> {
  constructor(private readonly editor: ProductEditor) {}

  execute({ actor, productId, variant }: AddVariantCommand): Promise<{ variantId: string }> {
    return this.editor.edit({ actor, productId }, (product, now) => ({
      variantId: product.addVariant(variant, now).id,
    }));
  }
}
