import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertOwnership } from '@pasar/shared';
import { Money } from '../../../domain/offer/money.vo';
import { ShippingMethod } from '../../../domain/shipping/shipping-method.aggregate';
import { ShippingMethodRepository } from '../../../domain/shipping/shipping-method.repository';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { DefineShippingMethodCommand } from './define-shipping-method.command';

@CommandHandler(DefineShippingMethodCommand)
export class DefineShippingMethodHandler implements ICommandHandler<DefineShippingMethodCommand> {
  constructor(
    private readonly shops: ShopRepository,
    private readonly methods: ShippingMethodRepository,
  ) {}

  async execute({
    actor,
    shopId,
    fields,
  }: DefineShippingMethodCommand): Promise<{ methodId: string }> {
    const shop = await this.shops.findById(shopId);
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
    const method = ShippingMethod.define({
      shopId,
      terms: { ...fields, price: Money.of(fields.price.amount, fields.price.currency) },
      now: new Date(),
    });
    await this.methods.save(method);
    return { methodId: method.id };
  }
}
