import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CategorySlugTakenError } from '../../domain/category/category.errors';
import { ProductSlugTakenError, SkuTakenError } from '../../domain/product/product.errors';

const ERRORS: Record<string, (value: string) => Error> = {
  categories_slug_unique: (slug) => new CategorySlugTakenError(slug),
  products_slug_unique: (slug) => new ProductSlugTakenError(slug),
  variants_sku_unique: (sku) => new SkuTakenError(sku),
};

/**
 * The unique indexes decide slug and SKU races: their violation becomes the domain error a
 * client can act on (the value is read from Postgres' detail, "Key (sku)=(X) already exists.").
 * Anything else is returned unchanged.
 */
export function translateUniqueViolation(error: unknown): unknown {
  if (!(error instanceof UniqueConstraintViolationException)) return error;
  const { constraint, detail } = error as { constraint?: string; detail?: string };
  const toError = constraint ? ERRORS[constraint] : undefined;
  if (!toError) return error;
  return toError(/\)=\((.*)\) already exists/.exec(detail ?? '')?.[1] ?? '');
}
