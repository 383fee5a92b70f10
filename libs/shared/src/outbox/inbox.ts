import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Exactly-once effects for at-least-once delivery: the consumer's work and the
 * (consumer, event) marker commit in one transaction, so a redelivered event is skipped.
 */
@Injectable()
export class Inbox {
  constructor(private readonly orm: MikroORM) {}

  /** Runs `work` unless `consumer` already handled `eventId`. Returns whether it ran. */
  async runOnce(
    consumer: string,
    eventId: string,
    work: (em: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      const inserted = await tx.execute<{ event_id: string }[]>(
        'insert into shared.processed_events (consumer, event_id) values (?, ?) on conflict do nothing returning event_id',
        [consumer, eventId],
      );
      if (inserted.length === 0) return false;
      await work(tx);
      return true;
    });
  }
}
