import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ schema: 'search', tableName: 'categories' })
export class SearchCategory {
  @PrimaryKey({ type: 'uuid' })
  readonly id!: string;

  @Property({ type: 'string', length: 200 })
  readonly slug!: string;

  @Property({ type: 'string', length: 200 })
  readonly name!: string;

  @Property({ type: 'uuid', nullable: true })
  readonly parentId?: string;

  @Property({ type: 'text' })
  readonly path!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly asOf!: Date;
}
