import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Order } from '../../domain/order/order.aggregate';
import { OrderRepository } from '../../domain/order/order.repository';

@Injectable()
export class MikroOrmOrderRepository extends OrderRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<Order | null> {
    return this.em.findOne(Order, { id }, { populate: ['shopOrders', 'shopOrders.items'] });
  }

  async findByIdForUpdate(id: string): Promise<Order | null> {
    const order = await this.em.findOne(
      Order,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!order) return null;
    // The order's row first, then its ShopOrders' in id order: one order every writer follows.
    await this.em.execute(
      'select id from ordering.shop_orders where order_id = ? order by id for update',
      [id],
    );
    await this.em.populate(order, ['shopOrders', 'shopOrders.items'], { refresh: true });
    return order;
  }

  save(order: Order): void {
    this.em.persist([order, ...order.pullTimeline()]);
  }

  isNumberClash(error: unknown): boolean {
    return (
      error instanceof UniqueConstraintViolationException &&
      (error as { constraint?: string }).constraint === 'orders_number_unique'
    );
  }
}
