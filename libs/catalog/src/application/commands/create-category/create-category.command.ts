import { Command } from '@nestjs/cqrs';

/** Admin: a new category at the root (parentId null) or under an existing one. */
export class CreateCategoryCommand extends Command<{ categoryId: string }> {
  constructor(
    readonly name: string,
    readonly slug: string,
    readonly parentId: string | null,
  ) {
    super();
  }
}
