import { EntityManager } from '@mikro-orm/postgresql';

/**
 * The search read model's version (`search.read_model_version`), as a scalar subquery: read in
 * the same statement as the data, it names exactly the state that statement saw.
 */
export const CURRENT_VERSION = '(select version from search.read_model_version)';

/**
 * Marks the transaction's changes to the read model as a new version. Run it last: the row lock
 * it takes serializes concurrent projections only from here to their commit.
 */
export async function bumpReadModelVersion(em: EntityManager): Promise<void> {
  await em.execute('update search.read_model_version set version = version + 1');
}
