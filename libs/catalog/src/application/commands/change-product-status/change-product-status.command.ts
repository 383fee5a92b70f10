import { Command } from '@nestjs/cqrs';
import { ProductStatus } from '../../../domain/product/product-status';
import { ProductActor } from '../../services/product-editor';

export class ChangeProductStatusCommand extends Command<void> {
  constructor(
    readonly actor: ProductActor,
    readonly productId: string,
    readonly status: ProductStatus,
  ) {
    super();
  }
}
