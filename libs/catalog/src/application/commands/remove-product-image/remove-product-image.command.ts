import { Command } from '@nestjs/cqrs';
import { ProductActor } from '../../services/product-editor';

export class RemoveProductImageCommand extends Command<void> {
  constructor(
    readonly actor: ProductActor,
    readonly productId: string,
    readonly imageId: string,
  ) {
    super();
  }
}
