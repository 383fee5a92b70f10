import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@pasar/shared';
import { CURRENT_VERSION } from '../../read-model-version';
import { queryPrepared } from '../prepared-statement';
import { VersionedLru } from './versioned-lru';

/** A query's result with the read model version its statement saw (`CURRENT_VERSION`). */
export interface Versioned<T> {
  version: string | number;
  value: T;
}

/**
 * Query results of the search read model kept in this process, exact across instances: each
 * read asks Postgres for the current version (one tiny prepared statement) and serves an entry
 * only if it was computed at that version. A miss stores the result under the version its own
 * statement read with the data, so an entry never describes another version than its key's.
 */
@Injectable()
export class ReadModelCache {
  private readonly results: VersionedLru<unknown>;
  /** Loads under way, by version read and key: concurrent misses share one statement. */
  private readonly loading = new Map<string, Promise<unknown>>();
  private readonly enabled: boolean;

  constructor(
    private readonly em: EntityManager,
    config: AppConfig,
  ) {
    this.enabled = config.search.cacheEntries > 0;
    this.results = new VersionedLru(config.search.cacheEntries, config.search.cacheTtlMs);
  }

  /**
   * The value of `key` at the current version: cached, or `load`'s. Callers receive a shared,
   * frozen value. Joining a load started by a request that read the same version is safe: that
   * load's statement began after that version was current, so it sees it or a newer one.
   */
  async get<T>(key: string, load: () => Promise<Versioned<T>>): Promise<T> {
    if (!this.enabled) return (await load()).value;
    const version = await this.currentVersion();
    const hit = this.results.get(version, key);
    if (hit !== undefined) return hit as T;
    const flight = `${version}\n${key}`;
    let pending = this.loading.get(flight) as Promise<T> | undefined;
    if (!pending) {
      pending = load()
        .then(({ version: seen, value }) => {
          deepFreeze(value);
          this.results.set(Number(seen), key, value);
          return value;
        })
        .finally(() => this.loading.delete(flight));
      this.loading.set(flight, pending);
    }
    return pending;
  }

  private async currentVersion(): Promise<number> {
    const [row] = await queryPrepared<{ version: string }>(
      this.em,
      'search_read_model_version',
      `select ${CURRENT_VERSION} as version`,
    );
    return Number(row.version);
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
