import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProductEditor } from '../../services/product-editor';
import { ChangeProductStatusCommand } from './change-product-status.command';

@CommandHandler(ChangeProductStatusCommand)
export class ChangeProductStatusHandler implements ICommandHandler<ChangeProductStatusCommand> {
  constructor(private readonly editor: ProductEditor) {}

  execute({ actor, productId, status }: ChangeProductStatusCommand): Promise<void> {
    return this.editor.edit({ actor, productId }, (product, now) =>
      product.changeStatus(status, now),
    );
  }
}
