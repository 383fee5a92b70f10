import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { CATEGORY_COLUMNS, CategoryRow, CategoryView, toCategoryView } from './category.view';
import { ListCategoriesQuery } from './list-categories.query';

@QueryHandler(ListCategoriesQuery)
export class ListCategoriesHandler implements IQueryHandler<ListCategoriesQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ limit, offset }: ListCategoriesQuery): Promise<Page<CategoryView>> {
    const [rows, [count]] = await Promise.all([
      this.em.execute<CategoryRow[]>(
        `select ${CATEGORY_COLUMNS} from catalog.categories
          order by path collate "C" limit ? offset ?`,
        [limit, offset],
      ),
      this.em.execute<{ total: string }[]>('select count(*) as total from catalog.categories'),
    ]);
    return { items: rows.map(toCategoryView), total: Number(count.total), limit, offset };
  }
}
