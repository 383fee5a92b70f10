import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MediaStorage } from '../../ports/media-storage';
import { ProductEditor } from '../../services/product-editor';
import { AddProductImageCommand } from './add-product-image.command';

@CommandHandler(AddProductImageCommand)
export class AddProductImageHandler implements ICommandHandler<AddProductImageCommand> {
  private readonly logger = new Logger(AddProductImageHandler.name);

  constructor(
    private readonly editor: ProductEditor,
    private readonly storage: MediaStorage,
  ) {}

  /** The file is stored first (outside the row lock); if the product refuses it, it is removed. */
  async execute(command: AddProductImageCommand): Promise<{ imageId: string }> {
    const { actor, productId, bytes, type, alt } = command;
    const storageKey = `products/${productId}/${randomUUID()}.${type.extension}`;
    const url = await this.storage.put(storageKey, bytes, type.contentType);
    try {
      return await this.editor.edit({ actor, productId }, (product, now) => ({
        imageId: product.addImage(
          { storageKey, url, contentType: type.contentType, size: bytes.length },
          alt,
          now,
        ).id,
      }));
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((err) => this.logger.warn({ err, storageKey }, 'could not remove a refused upload'));
      throw error;
    }
  }
}
