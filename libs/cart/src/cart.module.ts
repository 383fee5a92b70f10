import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AddCartLineHandler } from './application/commands/add-cart-line/add-cart-line.handler';
import { ApplyCartPromotionHandler } from './application/commands/apply-cart-promotion/apply-cart-promotion.handler';
import { ChangeCartLineQuantityHandler } from './application/commands/change-cart-line-quantity/change-cart-line-quantity.handler';
import { CreatePromotionHandler } from './application/commands/create-promotion/create-promotion.handler';
import { EmptyCartHandler } from './application/commands/empty-cart/empty-cart.handler';
import { RedeemPromotionHandler } from './application/commands/redeem-promotion/redeem-promotion.handler';
import { ReleasePromotionRedemptionHandler } from './application/commands/release-promotion-redemption/release-promotion-redemption.handler';
import { RemoveCartLineHandler } from './application/commands/remove-cart-line/remove-cart-line.handler';
import { RemoveCartPromotionHandler } from './application/commands/remove-cart-promotion/remove-cart-promotion.handler';
import { RevisePromotionHandler } from './application/commands/revise-promotion/revise-promotion.handler';
import { GetPromotionHandler } from './application/queries/get-promotion/get-promotion.handler';
import { ListPromotionsHandler } from './application/queries/list-promotions/list-promotions.handler';
import { PriceCartHandler } from './application/queries/price-cart/price-cart.handler';
import { SellableOffers } from './application/services/sellable-offers';
import { CartController } from './api/cart.controller';
import { PromotionsController } from './api/promotions.controller';
import { CART_ENTITIES } from './cart.entities';
import { CartRepository } from './domain/cart/cart.repository';
import { PromotionRedemptionRepository } from './domain/promotion/promotion-redemption.repository';
import { PromotionRepository } from './domain/promotion/promotion.repository';
import { PromotionUsage } from './domain/promotion/promotion-usage';
import { MikroOrmCartRepository } from './infrastructure/persistence/mikro-orm-cart.repository';
import { MikroOrmPromotionRedemptionRepository } from './infrastructure/persistence/mikro-orm-promotion-redemption.repository';
import { MikroOrmPromotionRepository } from './infrastructure/persistence/mikro-orm-promotion.repository';
import { SqlPromotionUsage } from './infrastructure/persistence/sql-promotion-usage';

@Module({
  imports: [MikroOrmModule.forFeature([...CART_ENTITIES])],
  controllers: [CartController, PromotionsController],
  providers: [
    { provide: CartRepository, useClass: MikroOrmCartRepository },
    { provide: PromotionRepository, useClass: MikroOrmPromotionRepository },
    { provide: PromotionRedemptionRepository, useClass: MikroOrmPromotionRedemptionRepository },
    { provide: PromotionUsage, useClass: SqlPromotionUsage },
    SellableOffers,
    AddCartLineHandler,
    ChangeCartLineQuantityHandler,
    RemoveCartLineHandler,
    EmptyCartHandler,
    ApplyCartPromotionHandler,
    RemoveCartPromotionHandler,
    CreatePromotionHandler,
    RevisePromotionHandler,
    RedeemPromotionHandler,
    ReleasePromotionRedemptionHandler,
    PriceCartHandler,
    GetPromotionHandler,
    ListPromotionsHandler,
  ],
})
export class CartModule {}
