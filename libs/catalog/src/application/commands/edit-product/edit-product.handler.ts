import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductEditor } from '../../services/product-editor';
import { EditProductCommand } from './edit-product.command';

@CommandHandler(EditProductCommand)
export class EditProductHandler implements ICommandHandler<EditProductCommand> {
  constructor(private readonly editor: ProductEditor) {}

  execute({ actor, productId, changes }: EditProductCommand): Promise<void> {
    const { categoryId, ...fields } = changes;
    return this.editor.edit({ actor, productId, categoryId }, (product, now, category) =>
      product.edit({ ...fields, category }, now),
    );
  }
}
