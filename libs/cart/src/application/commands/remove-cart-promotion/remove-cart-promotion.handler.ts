import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { RemoveCartPromotionCommand } from './remove-cart-promotion.command';

@CommandHandler(RemoveCartPromotionCommand)
export class RemoveCartPromotionHandler implements ICommandHandler<RemoveCartPromotionCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly carts: CartRepository,
  ) {}

  execute({ buyerId }: RemoveCartPromotionCommand): Promise<void> {
    return this.em.transactional(async () => {
      const cart = await this.carts.findByBuyerForUpdate(buyerId);
      if (cart?.removePromotion(new Date())) await this.carts.save(cart);
    });
  }
}
