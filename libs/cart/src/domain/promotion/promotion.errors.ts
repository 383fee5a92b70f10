import { DomainError, NotFoundError } from '@pasar/shared/domain';

/** Why a promotion does not apply (each its own stable code). */
export const PROMOTION_PROBLEMS = {
  'CART.PROMOTION_INACTIVE': 'The promotion has been switched off',
  'CART.PROMOTION_NOT_STARTED': 'The promotion is not valid yet',
  'CART.PROMOTION_EXPIRED': 'The promotion has ended',
  'CART.PROMOTION_EXHAUSTED': 'The promotion has been used up',
  'CART.PROMOTION_BUYER_LIMIT_REACHED': 'You have used this promotion as often as it allows',
  'CART.PROMOTION_CURRENCY_MISMATCH': 'The promotion is for another currency than the cart',
  'CART.PROMOTION_NOT_APPLICABLE': 'Nothing in the cart can be discounted by this promotion',
  'CART.PROMOTION_MINIMUM_NOT_MET': 'The cart is below the promotion’s minimum subtotal',
} as const;

export type PromotionProblem = keyof typeof PROMOTION_PROBLEMS;

/** The promotion exists but does not apply now; `code` says why. */
export class PromotionNotApplicableError extends DomainError {
  readonly kind = 'unprocessable';

  constructor(
    readonly code: PromotionProblem,
    details?: Record<string, unknown>,
  ) {
    super(PROMOTION_PROBLEMS[code], details);
  }
}

/** A promotion's terms break a rule; `details.field` names the field. */
export class InvalidPromotionError extends DomainError {
  readonly code = 'CART.INVALID_PROMOTION';
  readonly kind = 'invalid';
  constructor(field: string, message: string) {
    super(message, { field });
  }
}

export class PromotionCodeTakenError extends DomainError {
  readonly code = 'CART.PROMOTION_CODE_TAKEN';
  readonly kind = 'conflict';
  constructor(code: string) {
    super(`A promotion with code ${code} already exists`, { field: 'code' });
  }
}

/** Only admins create platform-wide promotions; a seller names one of its shops. */
export class PlatformPromotionForbiddenError extends DomainError {
  readonly code = 'CART.PLATFORM_PROMOTION_FORBIDDEN';
  readonly kind = 'forbidden';
  constructor() {
    super('Only admins create platform-wide promotions; name one of your shops in shopId', {
      field: 'shopId',
    });
  }
}

export class UsageLimitBelowUsedError extends DomainError {
  readonly code = 'CART.PROMOTION_LIMIT_BELOW_USAGE';
  readonly kind = 'unprocessable';
  constructor(used: number) {
    super(`The promotion has been used ${used} time(s); the limit cannot go below that`, {
      field: 'usageLimit',
      used,
    });
  }
}

/** An order's promotion use is recorded once; another promotion for it is refused. */
export class OrderAlreadyRedeemedError extends DomainError {
  readonly code = 'CART.ORDER_ALREADY_REDEEMED';
  readonly kind = 'conflict';
  constructor(orderId: string) {
    super(`Order ${orderId} already used another promotion`, { orderId });
  }
}

export const promotionNotFound = (id?: string) =>
  new NotFoundError('CART.PROMOTION_NOT_FOUND', 'Promotion', id);
export const shopNotFound = (id?: string) => new NotFoundError('CART.SHOP_NOT_FOUND', 'Shop', id);
