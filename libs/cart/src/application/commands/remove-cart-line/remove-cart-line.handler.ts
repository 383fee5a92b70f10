import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { lineNotFound } from '../../../domain/cart/cart.errors';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { RemoveCartLineCommand } from './remove-cart-line.command';

@CommandHandler(RemoveCartLineCommand)
export class RemoveCartLineHandler implements ICommandHandler<RemoveCartLineCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly carts: CartRepository,
  ) {}

  execute({ buyerId, lineId }: RemoveCartLineCommand): Promise<void> {
    return this.em.transactional(async () => {
      const cart = await this.carts.findByBuyerForUpdate(buyerId);
      if (!cart) throw lineNotFound(lineId);
      cart.removeLine(lineId, new Date());
      await this.carts.save(cart);
    });
  }
}
