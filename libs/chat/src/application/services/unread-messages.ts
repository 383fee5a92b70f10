import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/** What a participant has not read in a room. */
export interface UnreadSummary {
  count: number;
  /** When the oldest unread message was sent; null when there is none. */
  firstUnreadAt: Date | null;
  /** Who sent the unread messages (the other participant, normally). */
  senderIds: string[];
}

/**
 * The one answer to "what has this user not read in this room": the others' messages numbered
 * after the user's read cursor (one index range on (room_id, seq)).
 */
@Injectable()
export class UnreadMessages {
  constructor(private readonly em: EntityManager) {}

  async of(roomId: string, userId: string): Promise<UnreadSummary> {
    const [row] = await this.em
      .getConnection()
      .execute<{ count: number; first_unread_at: Date | null; sender_ids: string[] | null }[]>(
        `select count(*)::int as count, min(u.created_at) as first_unread_at,
              array_agg(distinct u.sender_id) filter (where u.sender_id is not null) as sender_ids
         from chat.messages u
         left join chat.read_markers rm on rm.room_id = u.room_id and rm.user_id = ?
        where u.room_id = ? and u.sender_id <> ? and u.seq > coalesce(rm.last_read_seq, 0)`,
        [userId, roomId, userId],
      );
    return {
      count: row.count,
      firstUnreadAt: row.first_unread_at ? new Date(row.first_unread_at) : null,
      senderIds: row.sender_ids ?? [],
    };
  }
}
