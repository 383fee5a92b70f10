import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { DefineShippingMethodHandler } from './application/commands/define-shipping-method/define-shipping-method.handler';
import { RemoveShippingMethodHandler } from './application/commands/remove-shipping-method/remove-shipping-method.handler';
import { ReviseShippingMethodHandler } from './application/commands/revise-shipping-method/revise-shipping-method.handler';
import { GetShippingOptionsHandler } from './application/queries/get-shipping-options/get-shipping-options.handler';
import { ListShippingMethodsHandler } from './application/queries/list-shipping-methods/list-shipping-methods.handler';
import { ListShopShippingOptionsHandler } from './application/queries/list-shop-shipping-options/list-shop-shipping-options.handler';
import { ShippingMethodsController } from './api/shipping-methods.controller';
import { ShippingMethodRepository } from './domain/shipping/shipping-method.repository';
import { MikroOrmShippingMethodRepository } from './infrastructure/persistence/mikro-orm-shipping-method.repository';
import { CreateOfferHandler } from './application/commands/create-offer/create-offer.handler';
import { OpenShopHandler } from './application/commands/open-shop/open-shop.handler';
import { UpdateOfferHandler } from './application/commands/update-offer/update-offer.handler';
import { UpdateShopHandler } from './application/commands/update-shop/update-shop.handler';
import { GetOfferHandler } from './application/queries/get-offer/get-offer.handler';
import { GetOffersHandler } from './application/queries/get-offers/get-offers.handler';
import { GetPublicShopHandler } from './application/queries/get-public-shop/get-public-shop.handler';
import { GetShopSummaryHandler } from './application/queries/get-shop-summary/get-shop-summary.handler';
import { GetShopHandler } from './application/queries/get-shop/get-shop.handler';
import { ListMyShopsHandler } from './application/queries/list-my-shops/list-my-shops.handler';
import { ListShopOffersHandler } from './application/queries/list-shop-offers/list-shop-offers.handler';
import { MyShopsController } from './api/my-shops.controller';
import { OffersController } from './api/offers.controller';
import { ShopsController } from './api/shops.controller';
import { ShopProductRepository } from './domain/offer/shop-product.repository';
import { ShopRepository } from './domain/shop/shop.repository';
import { MikroOrmShopProductRepository } from './infrastructure/persistence/mikro-orm-shop-product.repository';
import { MikroOrmShopRepository } from './infrastructure/persistence/mikro-orm-shop.repository';
import { SHOPS_ENTITIES } from './shops.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...SHOPS_ENTITIES])],
  controllers: [ShopsController, MyShopsController, OffersController, ShippingMethodsController],
  providers: [
    { provide: ShopRepository, useClass: MikroOrmShopRepository },
    { provide: ShopProductRepository, useClass: MikroOrmShopProductRepository },
    { provide: ShippingMethodRepository, useClass: MikroOrmShippingMethodRepository },
    OpenShopHandler,
    UpdateShopHandler,
    CreateOfferHandler,
    UpdateOfferHandler,
    GetShopSummaryHandler,
    GetShopHandler,
    GetPublicShopHandler,
    ListMyShopsHandler,
    GetOfferHandler,
    GetOffersHandler,
    ListShopOffersHandler,
    DefineShippingMethodHandler,
    ReviseShippingMethodHandler,
    RemoveShippingMethodHandler,
    ListShippingMethodsHandler,
    ListShopShippingOptionsHandler,
    GetShippingOptionsHandler,
  ],
})
export class ShopsModule {}
