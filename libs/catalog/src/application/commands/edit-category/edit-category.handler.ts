import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../../../domain/category/category.aggregate';
import { categoryNotFound, UnknownCategoryError } from '../../../domain/category/category.errors';
import { CategoryRepository } from '../../../domain/category/category.repository';
import { translateUniqueViolation } from '../../services/unique-violations';
import { EditCategoryCommand } from './edit-category.command';

@CommandHandler(EditCategoryCommand)
export class EditCategoryHandler implements ICommandHandler<EditCategoryCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly categories: CategoryRepository,
  ) {}

  async execute({ categoryId, changes }: EditCategoryCommand): Promise<void> {
    const { parentId, ...names } = changes;
    try {
      await this.em.transactional(async () => {
        // Moves serialize on the tree lock, so two concurrent moves cannot build a cycle.
        if (parentId !== undefined) await this.categories.lockTree();
        const category = await this.categories.findById(categoryId, 'update');
        if (!category) throw categoryNotFound(categoryId);
        const parent = parentId ? await this.parent(parentId) : (parentId as null | undefined);
        const move = category.edit({ ...names, parent }, new Date());
        await this.categories.save(category);
        if (move) await this.categories.moveDescendants(move);
      });
    } catch (error) {
      throw translateUniqueViolation(error);
    }
  }

  private async parent(parentId: string): Promise<Category> {
    const parent = await this.categories.findById(parentId, 'share');
    if (!parent) throw new UnknownCategoryError('parentId', parentId);
    return parent;
  }
}
