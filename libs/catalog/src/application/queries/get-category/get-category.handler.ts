import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { categoryNotFound } from '../../../domain/category/category.errors';
import {
  CATEGORY_COLUMNS,
  CategoryRow,
  CategoryView,
  toCategoryView,
} from '../list-categories/category.view';
import { GetCategoryQuery } from './get-category.query';

@QueryHandler(GetCategoryQuery)
export class GetCategoryHandler implements IQueryHandler<GetCategoryQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ categoryId }: GetCategoryQuery): Promise<CategoryView> {
    const [row] = await this.em.execute<CategoryRow[]>(
      `select ${CATEGORY_COLUMNS} from catalog.categories where id = ?`,
      [categoryId],
    );
    if (!row) throw categoryNotFound(categoryId);
    return toCategoryView(row);
  }
}
