import { ProductStatus } from '../../contracts/catalog.events';

export type { ProductStatus };
export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const satisfies ProductStatus[];

/**
 * The status machine: where a product may go from each status. A published product goes back
 * to draft only through the archive; an archived one may be reworked (draft) or relisted.
 */
export const PRODUCT_STATUS_TRANSITIONS: Record<ProductStatus, readonly ProductStatus[]> = {
  draft: ['active', 'archived'],
  active: ['archived'],
  archived: ['draft', 'active'],
};
