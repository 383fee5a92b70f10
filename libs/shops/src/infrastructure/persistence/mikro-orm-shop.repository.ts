import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Shop } from '../../domain/shop/shop.aggregate';
import { ShopRepository } from '../../domain/shop/shop.repository';

@Injectable()
export class MikroOrmShopRepository extends ShopRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<Shop | null> {
    return this.em.findOne(Shop, { id });
  }

  findByIdForUpdate(id: string): Promise<Shop | null> {
    return this.em.findOne(Shop, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  async isSlugTaken(slug: string, exceptShopId?: string): Promise<boolean> {
    const [row] = await this.em.execute<unknown[]>(
      'select 1 from shops.shops where slug = ? and id is distinct from ? limit 1',
      [slug, exceptShopId ?? null],
    );
    return row !== undefined;
  }

  async save(shop: Shop): Promise<void> {
    await this.em.persist(shop).flush();
  }
}
