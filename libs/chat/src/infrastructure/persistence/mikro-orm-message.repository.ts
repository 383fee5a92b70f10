import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from '@pasar/shared';
import { Message } from '../../domain/message/message.aggregate';
import { MessageRepository } from '../../domain/message/message.repository';

@Injectable()
export class MikroOrmMessageRepository extends MessageRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findInRoom(roomId: string, messageId: string): Promise<Message | null> {
    return this.em.findOne(Message, { id: messageId, roomId });
  }

  findByClientId(
    roomId: string,
    senderId: string,
    clientMessageId: string,
  ): Promise<Message | null> {
    return this.em.findOne(Message, { roomId, senderId, clientMessageId });
  }

  async addAll(messages: Message[]): Promise<void> {
    // Multi-row inserts instead of a flush: chat writes many small groups per second. The outbox
    // rows are written here because no flush runs the outbox subscriber.
    try {
      await this.em.fork().transactional(async (tx) => {
        await this.number(tx, messages);
        await tx.insertMany(messages);
        const events = messages.flatMap((message) =>
          message.peekEvents().map((event) => OutboxMessage.fromEvent(event)),
        );
        if (events.length > 0) await tx.insertMany(events);
        await this.markSendersRead(tx, messages);
      });
    } finally {
      // Stored, or rolled back: either way the events recorded with these numbers are done
      // (a retry numbers the messages again and records them anew).
      messages.forEach((message) => message.pullEvents());
    }
  }

  /**
   * Takes each room's next numbers in one update, which locks the rooms' rows until commit: a
   * second writer of a room waits, so numbers commit in order and without gaps. Several rooms are
   * first locked in id order, so two groups sharing rooms cannot deadlock. The same update reopens
   * a closed room; being first in the transaction, it also waits for a purge of the room running
   * now, so these messages are never part of what that purge deletes.
   */
  private async number(tx: EntityManager, messages: Message[]): Promise<void> {
    const byRoom = new Map<string, Message[]>();
    for (const message of messages) {
      byRoom.set(message.roomId, [...(byRoom.get(message.roomId) ?? []), message]);
    }
    const roomIds = [...byRoom.keys()].sort();
    if (roomIds.length > 1) {
      await tx.execute('select 1 from chat.rooms where id in (?) order by id for update', [
        roomIds,
      ]);
    }
    const rows = await tx.execute<{ id: string; last_seq: number }[]>(
      `update chat.rooms r set last_seq = r.last_seq + v.n, closed_at = null, purged_at = null
         from (values ${roomIds.map(() => '(?::uuid, ?::int)').join(', ')}) v (id, n)
        where r.id = v.id returning r.id, r.last_seq`,
      roomIds.flatMap((id) => [id, byRoom.get(id)!.length]),
    );
    for (const row of rows) {
      const inRoom = byRoom.get(row.id)!;
      const first = row.last_seq - inRoom.length + 1;
      inRoom.forEach((message, i) => message.numbered(first + i));
    }
  }

  /** Writing in a room means having read it up to one's own message. */
  private async markSendersRead(tx: EntityManager, messages: Message[]): Promise<void> {
    const newest = new Map<string, Message>();
    for (const message of messages) newest.set(`${message.roomId}:${message.senderId}`, message);
    const rows = [...newest.values()];
    await tx.execute(
      `insert into chat.read_markers as rm (room_id, user_id, last_read_seq, last_read_at)
       values ${rows.map(() => '(?, ?, ?, ?)').join(', ')}
       on conflict (room_id, user_id) do update
         set last_read_seq = excluded.last_read_seq, last_read_at = excluded.last_read_at
         where rm.last_read_seq < excluded.last_read_seq`,
      rows.flatMap((m) => [m.roomId, m.senderId, m.seq, m.createdAt]),
    );
  }
}
