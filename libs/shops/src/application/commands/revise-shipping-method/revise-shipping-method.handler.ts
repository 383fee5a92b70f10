import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertOwnership } from '@pasar/shared';
import { Money } from '../../../domain/offer/money.vo';
import { shippingMethodNotFound } from '../../../domain/shipping/shipping-method.errors';
import { ShippingMethodRepository } from '../../../domain/shipping/shipping-method.repository';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { ReviseShippingMethodCommand } from './revise-shipping-method.command';

@CommandHandler(ReviseShippingMethodCommand)
export class ReviseShippingMethodHandler implements ICommandHandler<ReviseShippingMethodCommand> {
  constructor(
    private readonly shops: ShopRepository,
    private readonly methods: ShippingMethodRepository,
  ) {}

  async execute({ actor, shopId, methodId, changes }: ReviseShippingMethodCommand): Promise<void> {
    const shop = await this.shops.findById(shopId);
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
    const method = await this.methods.findInShop(shopId, methodId);
    if (!method) throw shippingMethodNotFound(methodId);
    const { price, ...rest } = changes;
    method.revise({ ...rest, price: price && Money.of(price.amount, price.currency) }, new Date());
    await this.methods.save(method);
  }
}
