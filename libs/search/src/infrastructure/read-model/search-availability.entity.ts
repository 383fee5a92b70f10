import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What a shop can sell of a variant, kept on its own because an availability event may arrive
 * before the offer it belongs to.
 */
@Entity({ schema: 'search', tableName: 'availability' })
export class SearchAvailability {
  @PrimaryKey({ type: 'uuid' })
  readonly shopId!: string;

  @PrimaryKey({ type: 'uuid' })
  readonly variantId!: string;

  @Property({ type: 'integer' })
  readonly available!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly asOf!: Date;
}
