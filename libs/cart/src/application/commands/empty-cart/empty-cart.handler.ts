import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { EmptyCartCommand } from './empty-cart.command';

/** One statement, so inside checkout's transaction the cart empties with the order. */
@CommandHandler(EmptyCartCommand)
export class EmptyCartHandler implements ICommandHandler<EmptyCartCommand> {
  constructor(private readonly carts: CartRepository) {}

  execute({ buyerId }: EmptyCartCommand): Promise<void> {
    return this.carts.empty(buyerId, new Date());
  }
}
