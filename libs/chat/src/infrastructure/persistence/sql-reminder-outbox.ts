import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from '@pasar/shared';
import { ReminderOutbox } from '../../application/ports/reminder-outbox';
import { ChatUnreadReminderEvent } from '../../domain/reminder/unread-reminder.events';

@Injectable()
export class SqlReminderOutbox extends ReminderOutbox {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async publish(event: ChatUnreadReminderEvent): Promise<void> {
    const row = OutboxMessage.fromEvent(event);
    await this.em.getConnection().execute(
      `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at, traceparent)
       values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      [
        row.id,
        row.type,
        row.aggregateType,
        row.aggregateId,
        JSON.stringify(row.payload),
        row.occurredAt,
        row.traceparent ?? null,
      ],
    );
  }
}
