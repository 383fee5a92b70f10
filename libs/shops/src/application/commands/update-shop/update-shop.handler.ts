import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership } from '@pasar/shared';
import { shopNotFound, SlugTakenError } from '../../../domain/shop/shop.errors';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { UpdateShopCommand } from './update-shop.command';

@CommandHandler(UpdateShopCommand)
export class UpdateShopHandler implements ICommandHandler<UpdateShopCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly shops: ShopRepository,
  ) {}

  async execute({ actor, shopId, changes }: UpdateShopCommand): Promise<void> {
    const { slug } = changes;
    try {
      // The row lock orders concurrent edits, so their events carry increasing versions.
      await this.em.transactional(async () => {
        const shop = await this.shops.findByIdForUpdate(shopId);
        if (!shop) throw shopNotFound(shopId);
        assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
        if (slug !== undefined && (await this.shops.isSlugTaken(slug, shop.id))) {
          throw new SlugTakenError(slug);
        }
        if (shop.revise(changes, new Date())) await this.shops.save(shop);
      });
    } catch (error) {
      // Another shop took the slug between the check and the commit.
      if (error instanceof UniqueConstraintViolationException && slug !== undefined) {
        throw new SlugTakenError(slug);
      }
      throw error;
    }
  }
}
