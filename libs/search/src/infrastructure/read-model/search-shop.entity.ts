import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ schema: 'search', tableName: 'shops' })
@Index({ name: 'search_shops_slug_idx', properties: ['slug'] })
export class SearchShop {
  @PrimaryKey({ type: 'uuid' })
  readonly id!: string;

  @Property({ type: 'string', length: 200 })
  readonly slug!: string;

  @Property({ type: 'string', length: 200 })
  readonly name!: string;

  @Property({ type: 'boolean' })
  readonly active!: boolean;

  @Property({ type: 'integer' })
  readonly version!: number;
}
