import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { templateVariables } from './reply-template';
import { InvalidSavedReplyError } from './seller-tools.errors';

export const MAX_TITLE_LENGTH = 100;

/**
 * A reply a shop's seller writes once and sends into many rooms. Titles are unique per shop;
 * the body may use the template variables and is at most the longest message allowed.
 */
@Entity({ schema: 'chat', tableName: 'saved_replies' })
@Unique({ name: 'saved_replies_shop_title_unique', properties: ['shopId', 'title'] })
export class SavedReply {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly shopId: string;

  @Property({ type: 'string', length: MAX_TITLE_LENGTH })
  title: string;

  @Property({ type: 'text' })
  body: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  updatedAt: Date;

  private constructor(shopId: string, title: string, body: string, now: Date) {
    this.id = randomUUID();
    this.shopId = shopId;
    this.title = title;
    this.body = body;
    this.createdAt = now;
    this.updatedAt = now;
  }

  static create(props: {
    shopId: string;
    title: string;
    body: string;
    maxBodyLength: number;
    now: Date;
  }): SavedReply {
    const { title, body } = checked(props.title, props.body, props.maxBodyLength);
    return new SavedReply(props.shopId, title, body, props.now);
  }

  /** Changes the title and/or the body, with the same rules as on creation. */
  edit(changes: { title?: string; body?: string; maxBodyLength: number; now: Date }): void {
    const { title, body } = checked(
      changes.title ?? this.title,
      changes.body ?? this.body,
      changes.maxBodyLength,
    );
    this.title = title;
    this.body = body;
    this.updatedAt = changes.now;
  }
}

function checked(title: string, body: string, maxBodyLength: number) {
  const trimmedTitle = title.trim();
  const trimmedBody = body.trim();
  if (trimmedTitle.length === 0) throw new InvalidSavedReplyError('title', 'must not be empty');
  if (trimmedTitle.length > MAX_TITLE_LENGTH) {
    throw new InvalidSavedReplyError('title', `must be at most ${MAX_TITLE_LENGTH} characters`);
  }
  if (trimmedBody.length === 0) throw new InvalidSavedReplyError('body', 'must not be empty');
  if (trimmedBody.length > maxBodyLength) {
    throw new InvalidSavedReplyError('body', `must be at most ${maxBodyLength} characters`, {
      maxLength: maxBodyLength,
    });
  }
  if (`${trimmedTitle}${trimmedBody}`.includes('\u0000')) {
    throw new InvalidSavedReplyError('body', 'must not contain NUL characters');
  }
  templateVariables(trimmedBody);
  return { title: trimmedTitle, body: trimmedBody };
}
