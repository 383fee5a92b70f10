import { Category } from './domain/category/category.aggregate';
import { ProductImage } from './domain/product/product-image.entity';
import { Product } from './domain/product/product.aggregate';
import { Variant } from './domain/product/variant.entity';

/** Every table of the catalog schema (the migration CLI and the module both use this list). */
export const CATALOG_ENTITIES = [Category, Product, Variant, ProductImage];
