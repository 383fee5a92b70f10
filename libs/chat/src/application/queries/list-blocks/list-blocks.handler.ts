import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { BlockSide } from '../../../domain/block/chat-block.entity';
import { BlockView } from './block.view';
import { ListBlocksQuery } from './list-blocks.query';

interface Row {
  buyer_id: string;
  shop_id: string;
  side: BlockSide;
  created_at: Date;
  total: string;
}

@QueryHandler(ListBlocksQuery)
export class ListBlocksHandler implements IQueryHandler<ListBlocksQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, limit, offset }: ListBlocksQuery): Promise<Page<BlockView>> {
    const rows = await this.em.getConnection().execute<Row[]>(
      `select buyer_id, shop_id, side, created_at, count(*) over () as total
       from chat.blocks where placed_by = ?
       order by created_at desc, id desc limit ? offset ?`,
      [actor.id, limit, offset],
    );
    const total = rows[0]
      ? Number(rows[0].total)
      : Number(
          (
            await this.em
              .getConnection()
              .execute<{ total: string }[]>(
                'select count(*) as total from chat.blocks where placed_by = ?',
                [actor.id],
              )
          )[0].total,
        );
    const items = rows.map((row) => ({
      buyerId: row.buyer_id,
      shopId: row.shop_id,
      side: row.side,
      createdAt: new Date(row.created_at).toISOString(),
    }));
    return { items, total, limit, offset };
  }
}
