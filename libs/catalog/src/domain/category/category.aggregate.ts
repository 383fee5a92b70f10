import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { CategoryCycleError } from './category.errors';
import { CategoryMovedEvent, CategorySavedEvent } from './category.events';

/** Where a subtree moved: every path starting with `from` now starts with `to`. */
export interface SubtreeMove {
  from: string;
  to: string;
}

/**
 * A node of the category tree. `path` is materialized ("/<rootId>/<childId>/"), so a category
 * with all its descendants is one indexed prefix query (`path like '/<id>/%'`).
 */
@Entity({ schema: 'catalog', tableName: 'categories' })
@Index({
  name: 'categories_path_index',
  expression:
    'create index "categories_path_index" on "catalog"."categories" ("path" text_pattern_ops)',
})
export class Category extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'string', length: 120, fieldName: 'name' })
  private _name: string;

  @Property({ type: 'string', length: 120, fieldName: 'slug', unique: 'categories_slug_unique' })
  private _slug: string;

  @Property({ type: 'uuid', nullable: true, fieldName: 'parent_id', index: true })
  private _parentId: string | null;

  @Property({ type: 'text', fieldName: 'path' })
  private _path: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(name: string, slug: string, parent: Category | null, now: Date) {
    super();
    this.id = randomUUID();
    this._name = name;
    this._slug = slug;
    this._parentId = parent?.id ?? null;
    this._path = `${parent?.path ?? '/'}${this.id}/`;
    this.createdAt = now;
    this._updatedAt = now;
  }

  /** A new category at the root (parent null) or under `parent`. Slug uniqueness is the store's. */
  static create(props: { name: string; slug: string; parent: Category | null; now: Date }) {
    const category = new Category(props.name.trim(), props.slug, props.parent, props.now);
    category.recordSaved();
    return category;
  }

  get name(): string {
    return this._name;
  }

  get slug(): string {
    return this._slug;
  }

  get parentId(): string | null {
    return this._parentId;
  }

  get path(): string {
    return this._path;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /**
   * Renames and/or moves the category (`parent`: undefined keeps it, null makes it a root).
   * Returns the subtree move the store must apply to the descendants, or null.
   */
  edit(
    changes: { name?: string; slug?: string; parent?: Category | null },
    now: Date,
  ): SubtreeMove | null {
    if (changes.name !== undefined) this._name = changes.name.trim();
    if (changes.slug !== undefined) this._slug = changes.slug;
    const move = changes.parent === undefined ? null : this.moveUnder(changes.parent);
    this._updatedAt = now;
    if (move) {
      this.record(
        new CategoryMovedEvent('Category', this.id, {
          id: this.id,
          fromPath: move.from,
          toPath: move.to,
        }),
      );
    }
    this.recordSaved();
    return move;
  }

  private moveUnder(parent: Category | null): SubtreeMove | null {
    if (parent && parent.path.startsWith(this._path)) throw new CategoryCycleError();
    const to = `${parent?.path ?? '/'}${this.id}/`;
    if (to === this._path) return null;
    const move = { from: this._path, to };
    this._parentId = parent?.id ?? null;
    this._path = to;
    return move;
  }

  private recordSaved(): void {
    this.record(
      new CategorySavedEvent('Category', this.id, {
        id: this.id,
        slug: this._slug,
        name: this._name,
        parentId: this._parentId,
        path: this._path,
      }),
    );
  }
}
