import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductEditor } from '../../services/product-editor';
import { EditVariantCommand } from './edit-variant.command';

@CommandHandler(EditVariantCommand)
export class EditVariantHandler implements ICommandHandler<EditVariantCommand> {
  constructor(private readonly editor: ProductEditor) {}

  async execute({ actor, productId, variantId, changes }: EditVariantCommand): Promise<void> {
    await this.editor.edit({ actor, productId }, (product, now) =>
      product.editVariant(variantId, changes, now),
    );
  }
}
