import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { ListWishlistQuery } from './list-wishlist.query';
import { WishlistItemView } from './wishlist-item.view';

@QueryHandler(ListWishlistQuery)
export class ListWishlistHandler implements IQueryHandler<ListWishlistQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId, limit, offset }: ListWishlistQuery): Promise<Page<WishlistItemView>> {
    const rows = await this.em.execute<{ product_id: string; added_at: Date; total: string }[]>(
      `select product_id, added_at, count(*) over () as total
         from identity.wishlist_items where user_id = ?
        order by added_at desc, product_id limit ? offset ?`,
      [userId, limit, offset],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(userId);
    return {
      items: rows.map((row) => ({
        productId: row.product_id,
        addedAt: new Date(row.added_at).toISOString(),
      })),
      total,
      limit,
      offset,
    };
  }

  private async count(userId: string): Promise<number> {
    const [row] = await this.em.execute<{ total: string }[]>(
      'select count(*) as total from identity.wishlist_items where user_id = ?',
      [userId],
    );
    return Number(row.total);
  }
}
