import { Command } from '@nestjs/cqrs';

export interface CategoryChanges {
  name?: string;
  slug?: string;
  /** undefined keeps the parent; null makes the category a root. */
  parentId?: string | null;
}

/** Admin: renames and/or moves a category (its descendants move with it). */
export class EditCategoryCommand extends Command<void> {
  constructor(
    readonly categoryId: string,
    readonly changes: CategoryChanges,
  ) {
    super();
  }
}
