import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ContactKind } from '../contact-filter/contact-detector';

/** One masked message: who sent contact details where, of which kinds, with the original text. */
@Entity({ schema: 'chat', tableName: 'contact_hits' })
@Index({ name: 'contact_hits_sender_created_at_index', properties: ['senderId', 'createdAt'] })
export class ContactHit {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = randomUUID();

  @Property({ type: 'uuid' })
  readonly senderId: string;

  @Property({ type: 'uuid' })
  readonly roomId: string;

  @Property({ type: 'uuid' })
  readonly messageId: string;

  @Property({ type: 'json' })
  readonly kinds: ContactKind[];

  @Property({ type: 'text' })
  readonly text: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  constructor(props: {
    senderId: string;
    roomId: string;
    messageId: string;
    kinds: ContactKind[];
    text: string;
    createdAt: Date;
  }) {
    this.senderId = props.senderId;
    this.roomId = props.roomId;
    this.messageId = props.messageId;
    this.kinds = props.kinds;
    this.text = props.text;
    this.createdAt = props.createdAt;
  }
}
