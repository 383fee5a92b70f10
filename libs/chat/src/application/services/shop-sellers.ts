import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetShopSummaryQuery } from '@pasar/shops';
import { Actor } from '@pasar/shared';
import { shopNotFound } from '../../domain/room/chat.errors';

/** Who may manage a shop's chat tools: its seller (admins read them too). */
@Injectable()
export class ShopSellers {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Passes for the shop's owner, and for admins when `adminsToo`; anyone else gets the 404 of a
   * shop that does not exist.
   */
  async check(actor: Pick<Actor, 'id' | 'role'>, shopId: string, adminsToo = false) {
    const shop = await this.queries.execute(new GetShopSummaryQuery(shopId));
    const allowed =
      shop !== null &&
      ((actor.role === 'seller' && shop.ownerId === actor.id) ||
        (adminsToo && actor.role === 'admin'));
    if (!allowed) throw shopNotFound(shopId);
  }
}
