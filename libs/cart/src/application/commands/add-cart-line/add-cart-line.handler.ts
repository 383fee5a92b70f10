import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Cart } from '../../../domain/cart/cart.aggregate';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { SellableOffers } from '../../services/sellable-offers';
import { AddCartLineCommand } from './add-cart-line.command';

@CommandHandler(AddCartLineCommand)
export class AddCartLineHandler implements ICommandHandler<AddCartLineCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly carts: CartRepository,
    private readonly offers: SellableOffers,
  ) {}

  execute({ buyerId, offerId, quantity }: AddCartLineCommand): Promise<{ lineId: string }> {
    return this.em.transactional(async () => {
      const now = new Date();
      const cart = (await this.carts.findByBuyerForUpdate(buyerId)) ?? Cart.open(buyerId, now);
      const offer = await this.offers.check(offerId, cart.quantityAfterAdding(offerId, quantity));
      const line = cart.addLine(offer, quantity, now);
      await this.carts.save(cart);
      return { lineId: line.id };
    });
  }
}
