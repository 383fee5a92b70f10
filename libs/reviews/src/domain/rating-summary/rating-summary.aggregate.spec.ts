import { RATING_SUMMARY_CHANGED } from '../../contracts/reviews.events';
import { averageOf, RatingSummary } from './rating-summary.aggregate';

const now = new Date('2026-11-24T10:00:00Z');

describe('RatingSummary', () => {
  it('starts empty with average 0', () => {
    const summary = RatingSummary.empty('product-1', now);
    expect([summary.count, summary.average]).toEqual([0, 0]);
  });

  it('records the whole new summary when the counts change', () => {
    const summary = RatingSummary.empty('product-1', now);
    expect(summary.recount({ '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 }, now)).toBe(true);
    const [event] = summary.pullEvents();
    expect(event.type).toBe(RATING_SUMMARY_CHANGED);
    expect(event.payload).toEqual({
      productId: 'product-1',
      average: 3.67,
      count: 3,
      histogram: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 },
    });
  });

  it('records nothing when the counts stay the same', () => {
    const summary = RatingSummary.empty('product-1', now);
    summary.recount({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 2 }, now);
    summary.pullEvents();
    expect(summary.recount({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 2 }, now)).toBe(false);
    expect(summary.peekEvents()).toHaveLength(0);
  });

  it('records a change back to nothing, average 0', () => {
    const summary = RatingSummary.empty('product-1', now);
    summary.recount({ '1': 1, '2': 0, '3': 0, '4': 0, '5': 0 }, now);
    summary.pullEvents();
    summary.recount({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 }, now);
    expect(summary.pullEvents()[0].payload).toMatchObject({ average: 0, count: 0 });
  });

  it('rounds the average to 2 decimals', () => {
    expect(averageOf({ '1': 1, '2': 0, '3': 0, '4': 0, '5': 2 })).toBe(3.67);
    expect(averageOf({ '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 })).toBe(4.5);
  });
});
