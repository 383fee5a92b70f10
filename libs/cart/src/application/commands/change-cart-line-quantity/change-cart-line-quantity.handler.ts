import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertLineQuantity } from '../../../domain/cart/cart.aggregate';
import { lineNotFound } from '../../../domain/cart/cart.errors';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { SellableOffers } from '../../services/sellable-offers';
import { ChangeCartLineQuantityCommand } from './change-cart-line-quantity.command';

@CommandHandler(ChangeCartLineQuantityCommand)
export class ChangeCartLineQuantityHandler implements ICommandHandler<ChangeCartLineQuantityCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly carts: CartRepository,
    private readonly offers: SellableOffers,
  ) {}

  execute({ buyerId, lineId, quantity }: ChangeCartLineQuantityCommand): Promise<void> {
    return this.em.transactional(async () => {
      const cart = await this.carts.findByBuyerForUpdate(buyerId);
      if (!cart) throw lineNotFound(lineId);
      const line = cart.line(lineId);
      assertLineQuantity(quantity);
      const offer = await this.offers.check(line.offerId, quantity);
      cart.changeQuantity(line.id, quantity, offer.currency, new Date());
      await this.carts.save(cart);
    });
  }
}
