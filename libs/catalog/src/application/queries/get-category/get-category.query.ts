import { Query } from '@nestjs/cqrs';
import { CategoryView } from '../list-categories/category.view';

export class GetCategoryQuery extends Query<CategoryView> {
  constructor(readonly categoryId: string) {
    super();
  }
}
