import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ShopProduct } from '../../domain/offer/shop-product.aggregate';
import { ShopProductRepository } from '../../domain/offer/shop-product.repository';

@Injectable()
export class MikroOrmShopProductRepository extends ShopProductRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findInShopForUpdate(shopId: string, offerId: string): Promise<ShopProduct | null> {
    return this.em.findOne(
      ShopProduct,
      { id: offerId, shopId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async existsForVariant(shopId: string, variantId: string): Promise<boolean> {
    const [row] = await this.em.execute<unknown[]>(
      'select 1 from shops.shop_products where shop_id = ? and variant_id = ? limit 1',
      [shopId, variantId],
    );
    return row !== undefined;
  }

  async save(offer: ShopProduct): Promise<void> {
    await this.em.persist(offer).flush();
  }
}
