import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetShopSummaryQuery } from './get-shop-summary.query';
import { ShopSummary } from './shop-summary.view';

@QueryHandler(GetShopSummaryQuery)
export class GetShopSummaryHandler implements IQueryHandler<GetShopSummaryQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ shopId }: GetShopSummaryQuery): Promise<ShopSummary | null> {
    const [row] = await this.em.execute<ShopSummary[]>(
      `select id, owner_id as "ownerId", slug, name, active from shops.shops where id = ?`,
      [shopId],
    );
    return row ?? null;
  }
}
