import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertOwnership } from '@pasar/shared';
import { shippingMethodNotFound } from '../../../domain/shipping/shipping-method.errors';
import { ShippingMethodRepository } from '../../../domain/shipping/shipping-method.repository';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { RemoveShippingMethodCommand } from './remove-shipping-method.command';

@CommandHandler(RemoveShippingMethodCommand)
export class RemoveShippingMethodHandler implements ICommandHandler<RemoveShippingMethodCommand> {
  constructor(
    private readonly shops: ShopRepository,
    private readonly methods: ShippingMethodRepository,
  ) {}

  async execute({ actor, shopId, methodId }: RemoveShippingMethodCommand): Promise<void> {
    const shop = await this.shops.findById(shopId);
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
    const method = await this.methods.findInShop(shopId, methodId);
    if (!method) throw shippingMethodNotFound(methodId);
    await this.methods.remove(method);
  }
}
