import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BlockSide, ChatBlock } from '../../domain/block/chat-block.entity';
import { ChatBlockRepository, pairKey } from '../../domain/block/chat-block.repository';

@Injectable()
export class MikroOrmChatBlockRepository extends ChatBlockRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  find(buyerId: string, shopId: string, side: BlockSide): Promise<ChatBlock | null> {
    return this.em.findOne(ChatBlock, { buyerId, shopId, side });
  }

  async add(block: ChatBlock): Promise<void> {
    await this.em
      .createQueryBuilder(ChatBlock)
      .insert({
        id: block.id,
        buyerId: block.buyerId,
        shopId: block.shopId,
        side: block.side,
        placedBy: block.placedBy,
        createdAt: block.createdAt,
      })
      .onConflict(['buyerId', 'shopId', 'side'])
      .ignore()
      .execute();
  }

  async remove(block: ChatBlock): Promise<void> {
    await this.em.remove(block).flush();
  }

  async blockedAmong(pairs: { buyerId: string; shopId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const unique = [...new Map(pairs.map((pair) => [pairKey(pair), pair])).values()];
    const rows = await this.em.getConnection().execute<{ buyer_id: string; shop_id: string }[]>(
      `select distinct b.buyer_id, b.shop_id from chat.blocks b
       join unnest(?::uuid[], ?::uuid[]) as p(buyer_id, shop_id)
         on b.buyer_id = p.buyer_id and b.shop_id = p.shop_id`,
      [uuidArray(unique.map((pair) => pair.buyerId)), uuidArray(unique.map((pair) => pair.shopId))],
    );
    return new Set(rows.map((row) => pairKey({ buyerId: row.buyer_id, shopId: row.shop_id })));
  }
}

/** A Postgres array literal of uuids (ids from the database, never client text). */
const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;
