import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { ShopSellers } from '../../services/shop-sellers';
import { ListSavedRepliesQuery } from './list-saved-replies.query';
import { SavedReplyView } from './saved-reply.view';

interface Row {
  id: string;
  shop_id: string;
  title: string;
  body: string;
  created_at: Date;
  updated_at: Date;
  total: string;
}

@QueryHandler(ListSavedRepliesQuery)
export class ListSavedRepliesHandler implements IQueryHandler<ListSavedRepliesQuery> {
  constructor(
    private readonly sellers: ShopSellers,
    private readonly em: EntityManager,
  ) {}

  async execute({
    actor,
    shopId,
    limit,
    offset,
  }: ListSavedRepliesQuery): Promise<Page<SavedReplyView>> {
    await this.sellers.check(actor, shopId, true);
    const connection = this.em.getConnection();
    const rows = await connection.execute<Row[]>(
      `select id, shop_id, title, body, created_at, updated_at, count(*) over () as total
         from chat.saved_replies where shop_id = ?
        order by title, id limit ? offset ?`,
      [shopId, limit, offset],
    );
    const total = rows[0]
      ? Number(rows[0].total)
      : Number(
          (
            await connection.execute<{ total: string }[]>(
              'select count(*) as total from chat.saved_replies where shop_id = ?',
              [shopId],
            )
          )[0].total,
        );
    const items = rows.map((row) => ({
      id: row.id,
      shopId: row.shop_id,
      title: row.title,
      body: row.body,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    }));
    return { items, total, limit, offset };
  }
}
