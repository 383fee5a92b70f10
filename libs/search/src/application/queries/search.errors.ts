import { NotFoundError } from '@pasar/shared';

export const productNotFound = (slug: string) =>
  new NotFoundError('SEARCH.PRODUCT_NOT_FOUND', 'Product', slug);
export const shopNotFound = (slug: string) =>
  new NotFoundError('SEARCH.SHOP_NOT_FOUND', 'Shop', slug);
