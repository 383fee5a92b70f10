import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GetVariantSummariesQuery } from '@pasar/catalog';
import { assertOwnership } from '@pasar/shared';
import { Money } from '../../../domain/offer/money.vo';
import { ShopProduct } from '../../../domain/offer/shop-product.aggregate';
import { OfferExistsError, UnknownVariantError } from '../../../domain/offer/shop-product.errors';
import { ShopProductRepository } from '../../../domain/offer/shop-product.repository';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { CreateOfferCommand } from './create-offer.command';

@CommandHandler(CreateOfferCommand)
export class CreateOfferHandler implements ICommandHandler<CreateOfferCommand> {
  constructor(
    private readonly shops: ShopRepository,
    private readonly offers: ShopProductRepository,
    private readonly queries: QueryBus,
  ) {}

  async execute(command: CreateOfferCommand): Promise<{ offerId: string }> {
    const { actor, shopId, variantId } = command;
    const shop = await this.shops.findById(shopId);
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
    const summaries = await this.queries.execute(new GetVariantSummariesQuery([variantId]));
    const variant = summaries.find((summary) => summary.variantId === variantId);
    if (!variant) throw new UnknownVariantError(variantId);
    if (await this.offers.existsForVariant(shopId, variantId)) {
      throw new OfferExistsError(variantId);
    }
    const offer = ShopProduct.offer({
      shopId,
      variant,
      price: Money.of(command.price.amount, command.price.currency),
      compareAtPrice: command.compareAtPrice
        ? Money.of(command.compareAtPrice.amount, command.compareAtPrice.currency)
        : null,
      active: command.active,
      now: new Date(),
    });
    try {
      await this.offers.save(offer);
    } catch (error) {
      // Two offers of one variant raced past the check above; the unique index decided.
      if (error instanceof UniqueConstraintViolationException) {
        throw new OfferExistsError(variantId);
      }
      throw error;
    }
    return { offerId: offer.id };
  }
}
