import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Actor, assertOwnership } from '@pasar/shared';
import { UnknownCategoryError } from '../../domain/category/category.errors';
import { CategoryRepository } from '../../domain/category/category.repository';
import { CategoryRef, Product } from '../../domain/product/product.aggregate';
import { productNotFound } from '../../domain/product/product.errors';
import { ProductRepository } from '../../domain/product/product.repository';
import { translateUniqueViolation } from './unique-violations';

export type ProductActor = Pick<Actor, 'id' | 'role'>;

/**
 * Load-change-save for one Product in a transaction: the category (if one is named) is locked
 * first, then the product row, so edits of one product serialize and never race a category move.
 * Someone else's product is a 404 (admins may edit any).
 */
@Injectable()
export class ProductEditor {
  constructor(
    private readonly em: EntityManager,
    private readonly products: ProductRepository,
    private readonly categories: CategoryRepository,
  ) {}

  async edit<T>(
    target: { actor: ProductActor; productId: string; categoryId?: string },
    change: (product: Product, now: Date, category: CategoryRef | undefined) => T,
  ): Promise<T> {
    try {
      return await this.em.transactional(async () => {
        const category = target.categoryId ? await this.category(target.categoryId) : undefined;
        const product = await this.products.findByIdForUpdate(target.productId);
        const notFound = () => productNotFound(target.productId);
        if (!product) throw notFound();
        assertOwnership(target.actor, product.createdBy, notFound);
        const result = change(product, new Date(), category);
        await this.products.save(product);
        return result;
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  /** The category a product is filed under, share-locked so it cannot move meanwhile. */
  async category(categoryId: string): Promise<CategoryRef> {
    const category = await this.categories.findById(categoryId, 'share');
    if (!category) throw new UnknownCategoryError('categoryId', categoryId);
    return { id: category.id, path: category.path };
  }
}
