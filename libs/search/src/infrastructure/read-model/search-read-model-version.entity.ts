import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row counting the committed changes of the search read model: every projection
 * transaction and every rebuild increments it before it commits, so a snapshot that sees a
 * version sees exactly the data of that version. The result caches key on it.
 */
@Entity({ schema: 'search', tableName: 'read_model_version' })
export class SearchReadModelVersion {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  readonly id!: number;

  @Property({ type: 'bigint' })
  readonly version!: string;
}
