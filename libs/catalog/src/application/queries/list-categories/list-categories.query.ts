import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { CategoryView } from './category.view';

/** The category tree as a flat list in path order (every parent before its descendants). */
export class ListCategoriesQuery extends Query<Page<CategoryView>> {
  constructor(
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
