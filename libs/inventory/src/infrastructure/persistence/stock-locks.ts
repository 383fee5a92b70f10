import { EntityManager } from '@mikro-orm/postgresql';
import { lockKey } from '../../domain/reservation/allocation-policy';
import { VariantKey } from '../../domain/stock/stock-level.repository';

/**
 * Serializes every writer of a (shop, variant)'s stock, until the transaction ends: a
 * transaction-scoped advisory lock per key, always taken in lockKey order (so no deadlock). It
 * also covers levels not created yet, which row locks cannot, so the availability a writer
 * announces is exact.
 */
export async function lockStock(em: EntityManager, keys: readonly VariantKey[]): Promise<void> {
  const ordered = [...new Set(keys.map(lockKey))].sort();
  if (ordered.length === 0) return;
  // One round trip: the function scan yields the array's elements, and takes the locks, in order.
  // Keys are "<uuid>:<uuid>", safe inside an array literal.
  await em.execute(
    'select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(?::text[]) as k',
    [`{${ordered.map((key) => `inventory:${key}`).join(',')}}`],
  );
}
