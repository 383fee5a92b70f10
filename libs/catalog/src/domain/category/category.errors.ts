import { DomainError, NotFoundError } from '@pasar/shared/domain';

export class CategorySlugTakenError extends DomainError {
  readonly code = 'CATALOG.CATEGORY_SLUG_TAKEN';
  readonly kind = 'conflict';
  constructor(slug: string) {
    super(`A category with slug ${slug} already exists`, { field: 'slug' });
  }
}

export class CategoryCycleError extends DomainError {
  readonly code = 'CATALOG.CATEGORY_CYCLE';
  readonly kind = 'conflict';
  constructor() {
    super('A category cannot move under itself or one of its descendants', {
      field: 'parentId',
    });
  }
}

/** A category named in the request body (parentId, categoryId) that does not exist. */
export class UnknownCategoryError extends DomainError {
  readonly code = 'CATALOG.CATEGORY_UNKNOWN';
  readonly kind = 'unprocessable';
  constructor(field: string, id: string) {
    super(`Category ${id} does not exist`, { field });
  }
}

export const categoryNotFound = (id?: string) =>
  new NotFoundError('CATALOG.CATEGORY_NOT_FOUND', 'Category', id);
