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
    await this.em.execute('delete from chat.read_markers where room_id in (?)', [roomIds], 'run');
  }
}
