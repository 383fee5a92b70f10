import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetShopSummaryQuery } from '@pasar/shops';
import { Actor, assertOwnership } from '@pasar/shared';
import { shopNotFound } from '../../domain/shop-order/shop-order.errors';

/** Which shops a seller may see the orders of: their own (admins: any), asked of the shops context. */
@Injectable()
export class ShopAccess {
  constructor(private readonly queries: QueryBus) {}

  /** Whether the actor owns the shop (or is an admin). */
  async manages(actor: Pick<Actor, 'id' | 'role'>, shopId: string): Promise<boolean> {
    if (actor.role === 'admin') return true;
    const shop = await this.queries.execute(new GetShopSummaryQuery(shopId));
    return shop !== null && shop.ownerId === actor.id;
  }

  /** The shop exists and the actor owns it (or is an admin); otherwise a 404. */
  async assertManages(actor: Pick<Actor, 'id' | 'role'>, shopId: string): Promise<void> {
    const shop = await this.queries.execute(new GetShopSummaryQuery(shopId));
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
  }
}
