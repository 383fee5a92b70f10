import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { InvalidShopError } from './shop.errors';
import { ShopSavedEvent } from './shop.events';

/** Lower-case words of letters and digits joined by single hyphens: `toko-ana-2`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 60;
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;

export interface ShopChanges {
  name?: string;
  slug?: string;
  /** null clears it. */
  description?: string | null;
  active?: boolean;
}

/** A seller's storefront: how buyers find it (slug), what it is called, and whether it trades. */
@Entity({ schema: 'shops', tableName: 'shops' })
export class Shop extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: true })
  readonly ownerId: string;

  @Property({ type: 'string', length: NAME_MAX, fieldName: 'name' })
  private _name: string;

  @Property({ type: 'string', length: SLUG_MAX, unique: true, fieldName: 'slug' })
  private _slug: string;

  @Property({ type: 'text', nullable: true, fieldName: 'description' })
  private _description: string | null;

  @Property({ type: 'boolean', fieldName: 'active' })
  private _active = true;

  @Property({ type: 'integer', fieldName: 'version' })
  private _version = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(
    ownerId: string,
    name: string,
    slug: string,
    description: string | null,
    now: Date,
  ) {
    super();
    this.id = randomUUID();
    this.ownerId = ownerId;
    this._name = name;
    this._slug = slug;
    this._description = description;
    this.createdAt = now;
    this._updatedAt = now;
  }

  /** A seller opens a new, active shop. The caller makes sure the slug is free. */
  static open(props: {
    ownerId: string;
    name: string;
    slug: string;
    description?: string | null;
    now: Date;
  }): Shop {
    const shop = new Shop(
      props.ownerId,
      validName(props.name),
      validSlug(props.slug),
      validDescription(props.description ?? null),
      props.now,
    );
    shop.recordSaved();
    return shop;
  }

  get name(): string {
    return this._name;
  }

  get slug(): string {
    return this._slug;
  }

  get description(): string | null {
    return this._description;
  }

  get active(): boolean {
    return this._active;
  }

  get version(): number {
    return this._version;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /**
   * Applies the changes sent (renaming, moving to another slug, describing, opening or closing
   * the shop to buyers). Records one ShopSaved when anything changed; returns whether it did.
   */
  revise(changes: ShopChanges, now: Date): boolean {
    const next = {
      name: changes.name === undefined ? this._name : validName(changes.name),
      slug: changes.slug === undefined ? this._slug : validSlug(changes.slug),
      description:
        changes.description === undefined
          ? this._description
          : validDescription(changes.description),
      active: changes.active ?? this._active,
    };
    const changed =
      next.name !== this._name ||
      next.slug !== this._slug ||
      next.description !== this._description ||
      next.active !== this._active;
    if (!changed) return false;
    this._name = next.name;
    this._slug = next.slug;
    this._description = next.description;
    this._active = next.active;
    this._version += 1;
    this._updatedAt = now;
    this.recordSaved();
    return true;
  }

  private recordSaved(): void {
    this.record(
      new ShopSavedEvent('Shop', this.id, {
        shopId: this.id,
        ownerId: this.ownerId,
        slug: this._slug,
        name: this._name,
        active: this._active,
        version: this._version,
      }),
    );
  }
}

function validName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > NAME_MAX) {
    throw new InvalidShopError('name', `A shop name has 1 to ${NAME_MAX} characters`);
  }
  return trimmed;
}

function validSlug(slug: string): string {
  if (slug.length < 3 || slug.length > SLUG_MAX || !SLUG_PATTERN.test(slug)) {
    throw new InvalidShopError(
      'slug',
      `A slug has 3 to ${SLUG_MAX} lower-case letters, digits and single hyphens between words`,
    );
  }
  return slug;
}

function validDescription(description: string | null): string | null {
  const trimmed = description?.trim() ?? '';
  if (trimmed.length > DESCRIPTION_MAX) {
    throw new InvalidShopError(
      'description',
      `A description has at most ${DESCRIPTION_MAX} characters`,
    );
  }
  return trimmed.length === 0 ? null : trimmed;
}
