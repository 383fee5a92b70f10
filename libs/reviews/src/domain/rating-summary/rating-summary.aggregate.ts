import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { RatingHistogram } from '../../contracts/reviews.events';
import { RatingSummaryChangedEvent } from './rating-summary.events';

export const STARS = ['1', '2', '3', '4', '5'] as const;

export const emptyHistogram = (): RatingHistogram => ({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 });

export const countOf = (histogram: RatingHistogram): number =>
  STARS.reduce((sum, star) => sum + histogram[star], 0);

/** Mean rating with 2 decimals; 0 without reviews. */
export function averageOf(histogram: RatingHistogram): number {
  const count = countOf(histogram);
  if (count === 0) return 0;
  const total = STARS.reduce((sum, star) => sum + Number(star) * histogram[star], 0);
  return Math.round((total / count) * 100) / 100;
}

/** The count of each star rating among a product's approved reviews. */
@Entity({ schema: 'reviews', tableName: 'rating_summaries' })
// Checks written as PostgreSQL prints them back, so `migration:create` sees no change.
@Check({
  name: 'rating_summaries_stars_check',
  expression:
    '(stars1 >= 0) AND (stars2 >= 0) AND (stars3 >= 0) AND (stars4 >= 0) AND (stars5 >= 0)',
})
export class RatingSummary extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly productId: string;

  @Property({ type: 'integer', fieldName: 'stars1' })
  private stars1 = 0;
  @Property({ type: 'integer', fieldName: 'stars2' })
  private stars2 = 0;
  @Property({ type: 'integer', fieldName: 'stars3' })
  private stars3 = 0;
  @Property({ type: 'integer', fieldName: 'stars4' })
  private stars4 = 0;
  @Property({ type: 'integer', fieldName: 'stars5' })
  private stars5 = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private updatedAt: Date;

  private constructor(productId: string, now: Date) {
    super();
    this.productId = productId;
    this.updatedAt = now;
  }

  /** A product nobody has an approved review of yet. */
  static empty(productId: string, now: Date): RatingSummary {
    return new RatingSummary(productId, now);
  }

  get histogram(): RatingHistogram {
    return {
      '1': this.stars1,
      '2': this.stars2,
      '3': this.stars3,
      '4': this.stars4,
      '5': this.stars5,
    };
  }

  get count(): number {
    return countOf(this.histogram);
  }

  get average(): number {
    return averageOf(this.histogram);
  }

  /**
   * Takes the new counts of the approved reviews; records RatingSummaryChanged when they
   * differ from the current ones. Returns whether they did.
   */
  recount(histogram: RatingHistogram, now: Date): boolean {
    const current = this.histogram;
    if (STARS.every((star) => current[star] === histogram[star])) return false;
    [this.stars1, this.stars2, this.stars3, this.stars4, this.stars5] = STARS.map(
      (star) => histogram[star],
    );
    this.updatedAt = now;
    this.record(
      new RatingSummaryChangedEvent('RatingSummary', this.productId, {
        productId: this.productId,
        average: this.average,
        count: this.count,
        histogram: this.histogram,
      }),
    );
    return true;
  }
}
