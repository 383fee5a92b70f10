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
    // Two multi-row inserts instead of a flush: chat writes many small groups per second. The
    // outbox rows are written here because no flush runs the outbox subscriber.
    const events = messages.flatMap((message) =>
      message.peekEvents().map((event) => OutboxMessage.fromEvent(event)),
    );
    const roomIds = [...new Set(messages.map((message) => message.roomId))];
    await this.em.fork().transactional(async (tx) => {
      // A message reopens its room if it was closed. First, so a purge of that room running
      // now finishes before these messages go in (they are never part of what it deletes).
      // Touches no row of an open room.
      await tx.execute(
        'update chat.rooms set closed_at = null, purged_at = null where id in (?) and closed_at is not null',
        [roomIds],
        'run',
      );
      await tx.insertMany(messages);
      if (events.length > 0) await tx.insertMany(events);
    });
    messages.forEach((message) => message.pullEvents());
  }
}
