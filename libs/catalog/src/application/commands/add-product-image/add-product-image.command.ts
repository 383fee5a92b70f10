import { Command } from '@nestjs/cqrs';
import { ImageType } from '../../services/image-type';
import { ProductActor } from '../../services/product-editor';

/** Stores an uploaded image (type already recognized from its bytes) and appends it. */
export class AddProductImageCommand extends Command<{ imageId: string }> {
  constructor(
    readonly actor: ProductActor,
    readonly productId: string,
    readonly bytes: Buffer,
    readonly type: ImageType,
    readonly alt: string | null,
  ) {
    super();
  }
}
