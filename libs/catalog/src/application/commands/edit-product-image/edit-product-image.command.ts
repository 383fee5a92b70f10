import { Command } from '@nestjs/cqrs';
import { ProductActor } from '../../services/product-editor';

export class EditProductImageCommand extends Command<void> {
  constructor(
    readonly actor: ProductActor,
    readonly productId: string,
    readonly imageId: string,
    readonly changes: { alt?: string | null; position?: number },
  ) {
    super();
  }
}
