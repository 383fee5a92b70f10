import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A product's rating summary, kept on its own because a review event may arrive before the
 * product it rates; copied onto the product row for the search filter, sort and facets.
 */
@Entity({ schema: 'search', tableName: 'ratings' })
// Checks written as PostgreSQL prints them back, so `migration:create` sees no change.
@Check({
  name: 'ratings_average_check',
  expression: '(average >= (0)::numeric) AND (average <= (5)::numeric)',
})
@Check({ name: 'ratings_count_check', expression: 'count >= 0' })
export class SearchRating {
  @PrimaryKey({ type: 'uuid' })
  readonly productId!: string;

  @Property({ type: 'decimal', columnType: 'numeric(3,2)' })
  readonly average!: string;

  @Property({ type: 'integer' })
  readonly count!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly asOf!: Date;
}
