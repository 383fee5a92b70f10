import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AutoReplyClaims } from '../../application/ports/auto-reply-claims';

// One statement: a first claim inserts; a later one takes the row only when the last reply is at
// least a window old. Concurrent claims queue on the row lock and see the winner's sent_at.
const CLAIM = `insert into chat.auto_reply_claims as c (shop_id, buyer_id, sent_at)
  values (?, ?, ?)
  on conflict (shop_id, buyer_id) do update set sent_at = excluded.sent_at
  where c.sent_at <= excluded.sent_at - (? * interval '1 millisecond')
  returning c.shop_id`;

@Injectable()
export class SqlAutoReplyClaims extends AutoReplyClaims {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async claim(shopId: string, buyerId: string, now: Date, windowMs: number): Promise<boolean> {
    const rows = await this.em
      .getConnection()
      .execute<unknown[]>(CLAIM, [shopId, buyerId, now, windowMs]);
    return rows.length === 1;
  }
}
