import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetVariantSummariesQuery } from '@pasar/catalog';
import { Actor, assertOwnership } from '@pasar/shared';
import { GetShopSummaryQuery } from '@pasar/shops';
import { UnknownVariantError } from '../../domain/stock/stock.errors';
import { shopNotFound, warehouseNotFound } from '../../domain/warehouse/warehouse.errors';

/** The checks every seller use case starts with, asked of the shops and catalog contexts. */
@Injectable()
export class ShopAccess {
  constructor(
    private readonly queries: QueryBus,
    private readonly em: EntityManager,
  ) {}

  /** The shop exists and the actor owns it (or is an admin); otherwise a 404. */
  async assertManages(actor: Pick<Actor, 'id' | 'role'>, shopId: string): Promise<void> {
    const shop = await this.queries.execute(new GetShopSummaryQuery(shopId));
    if (!shop) throw shopNotFound(shopId);
    assertOwnership(actor, shop.ownerId, () => shopNotFound(shopId));
  }

  /** For reads: the shop is the actor's and the warehouse is the shop's; otherwise a 404. */
  async assertManagesWarehouse(
    actor: Pick<Actor, 'id' | 'role'>,
    shopId: string,
    warehouseId: string,
  ): Promise<void> {
    await this.assertManages(actor, shopId);
    const rows = await this.em.execute(
      'select 1 from inventory.warehouses where id = ? and shop_id = ?',
      [warehouseId, shopId],
    );
    if (rows.length === 0) throw warehouseNotFound(warehouseId);
  }

  /** The variant exists in the central catalog; otherwise a 422. */
  async assertVariantExists(variantId: string): Promise<void> {
    const [variant] = await this.queries.execute(new GetVariantSummariesQuery([variantId]));
    if (!variant) throw new UnknownVariantError(variantId);
  }
}
