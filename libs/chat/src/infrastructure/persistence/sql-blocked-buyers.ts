import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BlockedBuyers } from '../../application/ports/blocked-buyers';

/** Buyers the shop's side has blocked (chat.blocks). */
@Injectable()
export class SqlBlockedBuyers extends BlockedBuyers {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async blockedBy(shopId: string): Promise<string[]> {
    const rows = await this.em
      .getConnection()
      .execute<{ buyer_id: string }[]>(
        `select buyer_id from chat.blocks where shop_id = ? and side = 'shop'`,
        [shopId],
      );
    return rows.map((row) => row.buyer_id);
  }
}
