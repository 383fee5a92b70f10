import { DomainError, NotFoundError } from '@pasar/shared/domain';

export class SlugTakenError extends DomainError {
  readonly code = 'SHOPS.SLUG_TAKEN';
  readonly kind = 'conflict';
  constructor(slug: string) {
    super(`A shop with slug ${slug} already exists`, { field: 'slug' });
  }
}

export class InvalidShopError extends DomainError {
  readonly code = 'SHOPS.INVALID_SHOP';
  readonly kind = 'invalid';
  constructor(field: 'name' | 'slug' | 'description', message: string) {
    super(message, { field });
  }
}

export const shopNotFound = (id?: string) => new NotFoundError('SHOPS.SHOP_NOT_FOUND', 'Shop', id);
