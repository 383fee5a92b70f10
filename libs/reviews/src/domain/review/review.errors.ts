import { DomainError, NotFoundError } from '@pasar/shared/domain';

export class InvalidReviewError extends DomainError {
  readonly code = 'REVIEWS.INVALID_REVIEW';
  readonly kind = 'invalid';
  constructor(field: string, message: string) {
    super(message, { field });
  }
}

export class AlreadyReviewedError extends DomainError {
  readonly code = 'REVIEWS.ALREADY_REVIEWED';
  readonly kind = 'conflict';
  constructor(productId: string) {
    super(`You already reviewed product ${productId}`, { productId });
  }
}

export class IllegalReviewTransitionError extends DomainError {
  readonly code = 'REVIEWS.ILLEGAL_TRANSITION';
  readonly kind = 'conflict';
  constructor(from: string, to: string) {
    super(`A ${from} review cannot become ${to}`, { from, to });
  }
}

export class OwnReviewVoteError extends DomainError {
  readonly code = 'REVIEWS.OWN_REVIEW';
  readonly kind = 'forbidden';
  constructor() {
    super('You cannot vote on your own review');
  }
}

export class AlreadyVotedError extends DomainError {
  readonly code = 'REVIEWS.ALREADY_VOTED';
  readonly kind = 'conflict';
  constructor(reviewId: string) {
    super(`You already voted on review ${reviewId}`, { reviewId });
  }
}

export class AlreadyRepliedError extends DomainError {
  readonly code = 'REVIEWS.ALREADY_REPLIED';
  readonly kind = 'conflict';
  constructor(reviewId: string) {
    super(`Review ${reviewId} already has a reply`, { reviewId });
  }
}

export class NotProductSellerError extends DomainError {
  readonly code = 'REVIEWS.NOT_PRODUCT_SELLER';
  readonly kind = 'forbidden';
  constructor(productId: string) {
    super(`None of your shops sells product ${productId}`, { productId });
  }
}

export const productNotFound = (id: string) =>
  new NotFoundError('REVIEWS.PRODUCT_NOT_FOUND', 'Product', id);

export const reviewNotFound = (id?: string) =>
  new NotFoundError('REVIEWS.REVIEW_NOT_FOUND', 'Review', id);
