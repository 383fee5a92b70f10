import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Category, SubtreeMove } from '../../domain/category/category.aggregate';
import { CategoryLock, CategoryRepository } from '../../domain/category/category.repository';

const LOCK_MODES = {
  share: LockMode.PESSIMISTIC_READ,
  update: LockMode.PESSIMISTIC_WRITE,
} as const;

@Injectable()
export class MikroOrmCategoryRepository extends CategoryRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string, lock?: CategoryLock): Promise<Category | null> {
    if (!lock) return this.em.findOne(Category, { id });
    return this.em.findOne(Category, { id }, { lockMode: LOCK_MODES[lock], refresh: true });
  }

  async lockTree(): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(hashtext('catalog.category-tree'))`);
  }

  async save(category: Category): Promise<void> {
    await this.em.persist(category).flush();
  }

  async moveDescendants({ from, to }: SubtreeMove): Promise<void> {
    const prefix = `${from.replace(/[\\%_]/g, '\\$&')}%`;
    await this.em.execute(
      `update catalog.categories set path = ? || substr(path, ?) where path like ? and path <> ?`,
      [to, from.length + 1, prefix, from],
    );
    await this.em.execute(
      `update catalog.products set category_path = ? || substr(category_path, ?)
        where category_path like ?`,
      [to, from.length + 1, prefix],
    );
  }
}
