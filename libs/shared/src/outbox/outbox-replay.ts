import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from './event-envelope';

interface OutboxRow {
  position: string;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/**
 * Feeds every outbox event of the given types to `apply`, oldest first, in pages of
 * `batchSize`, within the caller's transaction: how a read model is rebuilt from scratch.
 * Returns how many events it replayed.
 */
export async function replayOutbox(
  tx: EntityManager,
  types: readonly string[],
  batchSize: number,
  apply: (event: EventEnvelope) => Promise<void>,
): Promise<number> {
  let replayed = 0;
  let after = '0';
  for (;;) {
    const rows = await tx.execute<OutboxRow[]>(
      `select position, id, type, aggregate_type, aggregate_id, payload, occurred_at
         from shared.outbox where type = any(?::text[]) and position > ?
        order by position limit ?`,
      [`{${types.join(',')}}`, after, batchSize],
    );
    for (const row of rows) {
      await apply({
        id: row.id,
        type: row.type,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        occurredAt: new Date(row.occurred_at).toISOString(),
        payload: row.payload,
      });
    }
    replayed += rows.length;
    if (rows.length < batchSize) return replayed;
    after = rows[rows.length - 1].position;
  }
}
