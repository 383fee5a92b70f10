import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@pasar/shared';
import { Order } from '../../domain/order/order.aggregate';
import { OrderRepository } from '../../domain/order/order.repository';

/**
 * Load-change-save for one Order under its row lock (its ShopOrders locked too), in one
 * transaction with whatever `work` asks of other contexts. The lock is what makes payment,
 * expiry and the buyer's cancellation take turns on an unpaid order.
 */
@Injectable()
export class OrderDesk {
  constructor(
    private readonly em: EntityManager,
    private readonly orders: OrderRepository,
  ) {}

  /** An unknown order throws `missing()` if given, else nothing happens (events about other references). */
  change(
    orderId: string,
    work: (order: Order, now: Date) => Promise<void>,
    missing?: () => DomainError,
  ): Promise<void> {
    return this.em.transactional(async () => {
      const order = await this.orders.findByIdForUpdate(orderId);
      if (!order) {
        if (missing) throw missing();
        return;
      }
      await work(order, new Date());
      this.orders.save(order);
    });
  }
}
