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

  /**
   * One call of `chat.store_messages` (migration 20261124223800) numbers and inserts the group
   * with its outbox rows and the senders' read markers: one round trip, where a transaction of
   * separate statements took seven. Under chat load each round trip waits for a turn of a busy
   * event loop, so the count of round trips, not Postgres, set how long a group took.
   */
  async addAll(messages: Message[]): Promise<void> {
    const events = messages.flatMap((message) =>
      message.peekEvents().map((event) => OutboxMessage.fromEvent(event)),
    );
    const stored = await this.em.execute<{ message_id: string; message_seq: number }[]>(
      'select message_id, message_seq from chat.store_messages(?, ?)',
      [
        JSON.stringify(messages.map((m) => this.columns(m))),
        JSON.stringify(events.map((e) => this.columns(e))),
      ],
    );
    const seqs = new Map(stored.map((row) => [row.message_id, row.message_seq]));
    for (const message of messages) {
      message.numbered(seqs.get(message.id)!);
      // Stored: the events are done. A group that failed keeps them for the retry.
      message.pullEvents();
    }
  }

  /**
   * The entity's row keyed by column, as `jsonb_populate_record` reads it: every persisted
   * property's own value (dates become ISO strings, json properties stay objects).
   */
  private columns(entity: object): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (const prop of this.em.getMetadata().get(entity.constructor.name).props) {
      if (prop.persist === false || prop.fieldNames?.length !== 1) continue;
      row[prop.fieldNames[0]] = (entity as Record<string, unknown>)[prop.name] ?? null;
    }
    return row;
  }
}
