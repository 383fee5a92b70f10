import { Money } from './domain/offer/money.vo';
import { ShopProduct } from './domain/offer/shop-product.aggregate';
import { ShippingMethod } from './domain/shipping/shipping-method.aggregate';
import { Shop } from './domain/shop/shop.aggregate';

/** Every table of the shops schema (the migration CLI and the module both use this list). */
export const SHOPS_ENTITIES = [Shop, ShopProduct, ShippingMethod, Money];
