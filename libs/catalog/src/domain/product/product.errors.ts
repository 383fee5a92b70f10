import { DomainError, NotFoundError } from '@pasar/shared/domain';
import { ProductStatus } from './product-status';

export class ProductSlugTakenError extends DomainError {
  readonly code = 'CATALOG.PRODUCT_SLUG_TAKEN';
  readonly kind = 'conflict';
  constructor(slug: string) {
    super(`A product with slug ${slug} already exists`, { field: 'slug' });
  }
}

export class SkuTakenError extends DomainError {
  readonly code = 'CATALOG.SKU_TAKEN';
  readonly kind = 'conflict';
  constructor(sku: string) {
    super(`A variant with SKU ${sku} already exists`, { field: 'sku', sku });
  }
}

export class VariantOptionsTakenError extends DomainError {
  readonly code = 'CATALOG.VARIANT_OPTIONS_TAKEN';
  readonly kind = 'conflict';
  constructor(title: string) {
    super(`The product already has a variant "${title}"`, { field: 'options' });
  }
}

export class TooManyOptionsError extends DomainError {
  readonly code = 'CATALOG.TOO_MANY_OPTIONS';
  readonly kind = 'invalid';
  constructor(max: number) {
    super(`A variant has at most ${max} options`, { field: 'options' });
  }
}

export class VariantLimitError extends DomainError {
  readonly code = 'CATALOG.VARIANT_LIMIT';
  readonly kind = 'unprocessable';
  constructor(max: number) {
    super(`A product has at most ${max} variants`);
  }
}

export class ImageLimitError extends DomainError {
  readonly code = 'CATALOG.IMAGE_LIMIT';
  readonly kind = 'unprocessable';
  constructor(max: number) {
    super(`A product has at most ${max} images`);
  }
}

export class IllegalStatusTransitionError extends DomainError {
  readonly code = 'CATALOG.ILLEGAL_STATUS_TRANSITION';
  readonly kind = 'conflict';
  constructor(from: ProductStatus, to: ProductStatus, allowed: readonly ProductStatus[]) {
    super(`A ${from} product cannot become ${to}`, { from, to, allowed });
  }
}

export const productNotFound = (id?: string) =>
  new NotFoundError('CATALOG.PRODUCT_NOT_FOUND', 'Product', id);
export const variantNotFound = (id?: string) =>
  new NotFoundError('CATALOG.VARIANT_NOT_FOUND', 'Variant', id);
export const imageNotFound = (id?: string) =>
  new NotFoundError('CATALOG.IMAGE_NOT_FOUND', 'Image', id);
