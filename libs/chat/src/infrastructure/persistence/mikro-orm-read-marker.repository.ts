import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ReadCursor, ReadMarkerRepository } from '../../domain/read-state/read-marker.repository';

// One statement: creates the cursor or moves it forward, capped at the room's last seq. A move
// to where it already stands (or behind) keeps the row, and its time, as they were.
const ADVANCE = `
  insert into chat.read_markers as rm (room_id, user_id, last_read_seq, last_read_at)
  select r.id, ?, least(?::int, r.last_seq), ? from chat.rooms r where r.id = ?
  on conflict (room_id, user_id) do update
    set last_read_seq = excluded.last_read_seq, last_read_at = excluded.last_read_at
    where rm.last_read_seq < excluded.last_read_seq
  returning last_read_seq, last_read_at`;

@Injectable()
export class MikroOrmReadMarkerRepository extends ReadMarkerRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async advance(roomId: string, userId: string, seq: number, now: Date): Promise<ReadCursor> {
    const connection = this.em.getConnection();
    const [moved] = await connection.execute<{ last_read_seq: number; last_read_at: Date }[]>(
      ADVANCE,
      [userId, seq, now, roomId],
    );
    if (moved)
      return { lastReadSeq: moved.last_read_seq, lastReadAt: new Date(moved.last_read_at) };
    const [kept] = await connection.execute<{ last_read_seq: number; last_read_at: Date }[]>(
      'select last_read_seq, last_read_at from chat.read_markers where room_id = ? and user_id = ?',
      [roomId, userId],
    );
    return { lastReadSeq: kept.last_read_seq, lastReadAt: new Date(kept.last_read_at) };
  }
}
