import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership } from '@pasar/shared';
import { Money } from '../../../domain/offer/money.vo';
import { offerNotFound } from '../../../domain/offer/shop-product.errors';
import { ShopProductRepository } from '../../../domain/offer/shop-product.repository';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { UpdateOfferCommand } from './update-offer.command';

@CommandHandler(UpdateOfferCommand)
export class UpdateOfferHandler implements ICommandHandler<UpdateOfferCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly shops: ShopRepository,
    private readonly offers: ShopProductRepository,
  ) {}

  async execute({ actor, shopId, offerId, changes }: UpdateOfferCommand): Promise<void> {
    const shop = await this.shops.findById(shopId);
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
    const { price, compareAtPrice, active } = changes;
    // The row lock orders concurrent edits, so their events carry increasing versions.
    await this.em.transactional(async () => {
      const offer = await this.offers.findInShopForUpdate(shopId, offerId);
      if (!offer) throw offerNotFound(offerId);
      const revised = offer.revise(
        {
          price: price && Money.of(price.amount, price.currency),
          compareAtPrice:
            compareAtPrice && Money.of(compareAtPrice.amount, compareAtPrice.currency),
          active,
        },
        new Date(),
      );
      if (revised) await this.offers.save(offer);
    });
  }
}
