import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductEditor } from '../../services/product-editor';
import { EditProductImageCommand } from './edit-product-image.command';

@CommandHandler(EditProductImageCommand)
export class EditProductImageHandler implements ICommandHandler<EditProductImageCommand> {
  constructor(private readonly editor: ProductEditor) {}

  async execute({ actor, productId, imageId, changes }: EditProductImageCommand): Promise<void> {
    await this.editor.edit({ actor, productId }, (product, now) =>
      product.editImage(imageId, changes, now),
    );
  }
}
