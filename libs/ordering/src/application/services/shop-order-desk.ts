import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ShopOrder } from '../../domain/shop-order/shop-order.aggregate';
import { shopOrderNotFound } from '../../domain/shop-order/shop-order.errors';
import { ShopOrderRepository } from '../../domain/shop-order/shop-order.repository';

/** Load-change-save for one ShopOrder under its row lock, in one transaction. */
@Injectable()
export class ShopOrderDesk {
  constructor(
    private readonly em: EntityManager,
    private readonly shopOrders: ShopOrderRepository,
  ) {}

  /**
   * `allowed` decides whether the caller may touch this ShopOrder at all (false → 404, as if it
   * did not exist); `work` changes it. Answers the changed ShopOrder.
   */
  change(
    shopOrderId: string,
    allowed: (shopOrder: ShopOrder) => Promise<boolean> | boolean,
    work: (shopOrder: ShopOrder, now: Date) => Promise<void> | void,
  ): Promise<ShopOrder> {
    return this.em.transactional(async () => {
      const shopOrder = await this.shopOrders.findByIdForUpdate(shopOrderId);
      if (!shopOrder || !(await allowed(shopOrder))) throw shopOrderNotFound(shopOrderId);
      await work(shopOrder, new Date());
      await this.shopOrders.save(shopOrder);
      return shopOrder;
    });
  }

  /** Like change, for the system: an unknown ShopOrder is left alone. */
  changeIfExists(
    shopOrderId: string,
    work: (shopOrder: ShopOrder, now: Date) => Promise<void> | void,
  ): Promise<void> {
    return this.em.transactional(async () => {
      const shopOrder = await this.shopOrders.findByIdForUpdate(shopOrderId);
      if (!shopOrder) return;
      await work(shopOrder, new Date());
      await this.shopOrders.save(shopOrder);
    });
  }
}
