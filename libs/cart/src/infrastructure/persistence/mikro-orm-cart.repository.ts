import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Cart } from '../../domain/cart/cart.aggregate';
import { CartRepository } from '../../domain/cart/cart.repository';

@Injectable()
export class MikroOrmCartRepository extends CartRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByBuyerForUpdate(buyerId: string): Promise<Cart | null> {
    const cart = await this.lock(buyerId);
    if (cart) return cart;
    // No cart yet: take the buyer's lock so only one transaction opens one, then look again
    // (a cart committed meanwhile is found). Only this path takes it, after no row lock, and
    // checkout locks an existing row only, so the two locks are never taken in opposite orders.
    await this.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `cart:${buyerId}`,
    ]);
    return this.lock(buyerId);
  }

  async save(cart: Cart): Promise<void> {
    await this.em.persist(cart).flush();
  }

  async empty(buyerId: string, now: Date): Promise<void> {
    // The update locks the cart row first, as every other cart writer does.
    await this.em.execute(
      `with emptied as (
         update cart.carts set currency = null, promotion_id = null, updated_at = ?
          where buyer_id = ? returning id)
       delete from cart.cart_lines where cart_id in (select id from emptied)`,
      [now, buyerId],
    );
  }

  private async lock(buyerId: string): Promise<Cart | null> {
    const cart = await this.em.findOne(
      Cart,
      { buyerId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (cart) await this.em.populate(cart, ['lines'], { refresh: true });
    return cart;
  }
}
