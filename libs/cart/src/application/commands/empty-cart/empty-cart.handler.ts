import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { EmptyCartCommand } from './empty-cart.command';

/** Inside checkout's transaction it joins it (a savepoint), so the cart empties with the order. */
@CommandHandler(EmptyCartCommand)
export class EmptyCartHandler implements ICommandHandler<EmptyCartCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly carts: CartRepository,
  ) {}

  execute({ buyerId }: EmptyCartCommand): Promise<void> {
    return this.em.transactional(async () => {
      const cart = await this.carts.findByBuyerForUpdate(buyerId);
      if (!cart) return;
      cart.clear(new Date());
      await this.carts.save(cart);
    });
  }
}
