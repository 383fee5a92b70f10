import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MediaStorage } from '../../ports/media-storage';
import { ProductEditor } from '../../services/product-editor';
import { RemoveProductImageCommand } from './remove-product-image.command';

@CommandHandler(RemoveProductImageCommand)
export class RemoveProductImageHandler implements ICommandHandler<RemoveProductImageCommand> {
  private readonly logger = new Logger(RemoveProductImageHandler.name);

  constructor(
    private readonly editor: ProductEditor,
    private readonly storage: MediaStorage,
  ) {}

  /** The file is deleted once the removal is committed; a failure only leaves an orphan file. */
  async execute({ actor, productId, imageId }: RemoveProductImageCommand): Promise<void> {
    const { storageKey } = await this.editor.edit({ actor, productId }, (product, now) =>
      product.removeImage(imageId, now),
    );
    await this.storage
      .delete(storageKey)
      .catch((err) => this.logger.warn({ err, storageKey }, 'could not delete a removed image'));
  }
}
