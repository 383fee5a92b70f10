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
  for (const key of ordered) {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`inventory:${key}`]);
  }
}
