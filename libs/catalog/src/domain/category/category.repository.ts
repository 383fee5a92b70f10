import { Category, SubtreeMove } from './category.aggregate';

/** How a loaded category row is locked until the transaction ends. */
export type CategoryLock = 'share' | 'update';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class CategoryRepository {
  /** Loads a category, optionally locking its row (re-read from the database when locked). */
  abstract findById(id: string, lock?: CategoryLock): Promise<Category | null>;
  /** Serializes changes to the tree's shape (creations under a parent, moves) for the transaction. */
  abstract lockTree(): Promise<void>;
  /** Persists the category (new or changed) and flushes the unit of work. */
  abstract save(category: Category): Promise<void>;
  /** Rewrites the paths of the moved category's descendants and of their products. */
  abstract moveDescendants(move: SubtreeMove): Promise<void>;
}
