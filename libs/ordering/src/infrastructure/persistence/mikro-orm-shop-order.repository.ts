import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ShopOrder } from '../../domain/shop-order/shop-order.aggregate';
import { ShopOrderRepository } from '../../domain/shop-order/shop-order.repository';

@Injectable()
export class MikroOrmShopOrderRepository extends ShopOrderRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByIdForUpdate(id: string): Promise<ShopOrder | null> {
    const shopOrder = await this.em.findOne(
      ShopOrder,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (shopOrder) await this.em.populate(shopOrder, ['items'], { refresh: true });
    return shopOrder;
  }

  async save(shopOrder: ShopOrder): Promise<void> {
    await this.em.persist([shopOrder, ...shopOrder.pullTimeline()]).flush();
  }
}
