import { Review } from './review.aggregate';
import {
  AlreadyRepliedError,
  IllegalReviewTransitionError,
  InvalidReviewError,
  OwnReviewVoteError,
} from './review.errors';

const now = new Date('2026-11-24T10:00:00Z');
const write = (overrides: Partial<Parameters<typeof Review.write>[0]> = {}) =>
  Review.write({
    productId: 'product-1',
    buyerId: 'buyer-1',
    rating: 4,
    title: '  Fits well ',
    text: 'Good cotton',
    verified: false,
    now,
    ...overrides,
  });

describe('Review', () => {
  it('is written pending, trimmed, with no votes and no reply', () => {
    const review = write({ verified: true });
    expect(review.status).toBe('pending');
    expect(review.title).toBe('Fits well');
    expect(review.verified).toBe(true);
    expect([review.helpfulCount, review.notHelpfulCount, review.reply]).toEqual([0, 0, null]);
  });

  it.each([0, 6, 3.5])('refuses a rating of %p', (rating) => {
    expect(() => write({ rating })).toThrow(InvalidReviewError);
  });

  it('refuses a blank title or text', () => {
    expect(() => write({ title: '   ' })).toThrow(InvalidReviewError);
    expect(() => write({ text: '' })).toThrow(InvalidReviewError);
  });

  it('is approved or rejected with a reason; an approved one can be taken down', () => {
    const approved = write();
    approved.approve(now);
    expect(approved.status).toBe('approved');
    expect(() => approved.approve(now)).toThrow(IllegalReviewTransitionError);
    approved.reject('Spam', now);
    expect([approved.status, approved.rejectReason]).toEqual(['rejected', 'Spam']);

    const rejected = write();
    expect(() => rejected.reject(' ', now)).toThrow(InvalidReviewError);
    expect(rejected.status).toBe('pending');
    rejected.reject('Off topic', now);
    expect(() => rejected.reject('again', now)).toThrow(IllegalReviewTransitionError);
    rejected.approve(now);
    expect([rejected.status, rejected.rejectReason]).toEqual(['approved', null]);
  });

  it('counts votes of others on an approved review only', () => {
    const review = write();
    expect(() => review.vote('voter-1', true, now)).toThrow(
      expect.objectContaining({ code: 'REVIEWS.REVIEW_NOT_FOUND' }),
    );
    review.approve(now);
    expect(() => review.vote('buyer-1', true, now)).toThrow(OwnReviewVoteError);
    const vote = review.vote('voter-1', true, now);
    review.vote('voter-2', false, now);
    review.vote('voter-3', true, now);
    expect(vote).toMatchObject({ reviewId: review.id, voterId: 'voter-1', helpful: true });
    expect([review.helpfulCount, review.notHelpfulCount]).toEqual([2, 1]);
  });

  it('takes one reply, on an approved review', () => {
    const review = write();
    expect(() => review.replyAs('shop-1', 'Thanks', now)).toThrow(
      expect.objectContaining({ code: 'REVIEWS.REVIEW_NOT_FOUND' }),
    );
    review.approve(now);
    expect(() => review.replyAs('shop-1', ' ', now)).toThrow(InvalidReviewError);
    review.replyAs('shop-1', ' Thanks! ', now);
    expect(review.reply).toEqual({ text: 'Thanks!', shopId: 'shop-1', repliedAt: now });
    expect(() => review.replyAs('shop-1', 'Again', now)).toThrow(AlreadyRepliedError);
  });
});
