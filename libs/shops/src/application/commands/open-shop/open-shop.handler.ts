import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Shop } from '../../../domain/shop/shop.aggregate';
import { SlugTakenError } from '../../../domain/shop/shop.errors';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { OpenShopCommand } from './open-shop.command';

@CommandHandler(OpenShopCommand)
export class OpenShopHandler implements ICommandHandler<OpenShopCommand> {
  constructor(private readonly shops: ShopRepository) {}

  async execute(command: OpenShopCommand): Promise<{ shopId: string }> {
    if (await this.shops.isSlugTaken(command.slug)) throw new SlugTakenError(command.slug);
    const shop = Shop.open({
      ownerId: command.ownerId,
      name: command.name,
      slug: command.slug,
      description: command.description,
      now: new Date(),
    });
    try {
      await this.shops.save(shop);
    } catch (error) {
      // Two shops raced past the check above for one slug; the unique index decided.
      if (error instanceof UniqueConstraintViolationException) {
        throw new SlugTakenError(command.slug);
      }
      throw error;
    }
    return { shopId: shop.id };
  }
}
