import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../../../domain/category/category.aggregate';
import { UnknownCategoryError } from '../../../domain/category/category.errors';
import { CategoryRepository } from '../../../domain/category/category.repository';
import { translateUniqueViolation } from '../../services/unique-violations';
import { CreateCategoryCommand } from './create-category.command';

@CommandHandler(CreateCategoryCommand)
export class CreateCategoryHandler implements ICommandHandler<CreateCategoryCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly categories: CategoryRepository,
  ) {}

  async execute({ name, slug, parentId }: CreateCategoryCommand): Promise<{ categoryId: string }> {
    try {
      return await this.em.transactional(async () => {
        // Under the tree lock, the parent's path cannot change before the child copies it.
        if (parentId) await this.categories.lockTree();
        const parent = parentId ? await this.categories.findById(parentId, 'share') : null;
        if (parentId && !parent) throw new UnknownCategoryError('parentId', parentId);
        const category = Category.create({ name, slug, parent, now: new Date() });
        await this.categories.save(category);
        return { categoryId: category.id };
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }
}
