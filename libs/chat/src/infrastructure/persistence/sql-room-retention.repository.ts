import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatRoom } from '../../domain/room/chat-room.aggregate';
import { RoomRetentionRepository } from '../../domain/room/room-retention.repository';

@Injectable()
export class SqlRoomRetentionRepository extends RoomRetentionRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async closeIdle(idleSince: Date, now: Date, limit: number): Promise<number> {
    // The newest message of each candidate is one lookup in messages_room_created_at_index.
    const closed = await this.em.execute<{ id: string }[]>(
      `update chat.rooms set closed_at = ?
        where id in (
          select r.id from chat.rooms r
           where r.closed_at is null and r.created_at < ?
             and not exists (select 1 from chat.messages m
                              where m.room_id = r.id and m.created_at >= ?)
           order by r.id limit ? for update skip locked)
       returning id`,
      [now, idleSince, idleSince, limit],
    );
    return closed.length;
  }

  async lockDueForPurge(closedBefore: Date, limit: number): Promise<ChatRoom[]> {
    const rows = await this.em.execute<{ id: string }[]>(
      `select id from chat.rooms
        where closed_at < ? and held_at is null and purged_at is null
        order by closed_at, id limit ? for update skip locked`,
      [closedBefore, limit],
    );
    if (rows.length === 0) return [];
    // Already locked by this transaction: loading them takes no other lock.
    return this.em.find(
      ChatRoom,
      { id: { $in: rows.map((row) => row.id) } },
      { refresh: true, lockMode: LockMode.NONE },
    );
  }

  async eraseHistory(roomIds: string[]): Promise<void> {
    if (roomIds.length === 0) return;
    await this.em.execute('delete from chat.messages where room_id in (?)', [roomIds], 'run');
    // Seqs go on after a purge (a client resuming from its last seq must not see numbers come
    // round again), so both participants' cursors move to the last one: nothing left unread.
    await this.em.execute('delete from chat.read_markers where room_id in (?)', [roomIds], 'run');
    await this.em.execute(
      `insert into chat.read_markers (room_id, user_id, last_read_seq, last_read_at)
       select r.id, p.user_id, r.last_seq, now()
         from chat.rooms r cross join lateral (values (r.buyer_id), (r.seller_id)) p (user_id)
        where r.id in (?)`,
      [roomIds],
      'run',
    );
  }
}
