import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Actor } from '@pasar/shared/domain';
import { ImageCard } from '../message/message-card';
import { RoomParties } from '../room/room-parties';
import { attachmentNotFound } from '../room/chat.errors';

/**
 * An image a participant uploaded to a room (its metadata already stripped), until a message
 * of theirs sends it. Only its uploader may send it, in its room, once.
 */
@Entity({ schema: 'chat', tableName: 'attachments' })
export class Attachment {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: true })
  readonly roomId: string;

  @Property({ type: 'uuid' })
  readonly uploaderId: string;

  @Property({ type: 'string', length: 300 })
  readonly storageKey: string;

  @Property({ type: 'string', length: 1000 })
  readonly url: string;

  @Property({ type: 'string', length: 40 })
  readonly contentType: string;

  @Property({ type: 'integer' })
  readonly size: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  private constructor(props: {
    id: string;
    roomId: string;
    uploaderId: string;
    storageKey: string;
    url: string;
    contentType: string;
    size: number;
    now: Date;
  }) {
    this.id = props.id;
    this.roomId = props.roomId;
    this.uploaderId = props.uploaderId;
    this.storageKey = props.storageKey;
    this.url = props.url;
    this.contentType = props.contentType;
    this.size = props.size;
    this.createdAt = props.now;
  }

  /** A new id and the storage key its bytes go under (before the row exists). */
  static allocate(roomId: string, extension: string): { id: string; storageKey: string } {
    const id = randomUUID();
    return { id, storageKey: `chat/${roomId}/${id}.${extension}` };
  }

  /** A participant (never an admin, who does not write) uploaded an image to the room. */
  static upload(props: {
    id: string;
    room: RoomParties;
    uploader: Pick<Actor, 'id' | 'role'>;
    storageKey: string;
    url: string;
    contentType: string;
    size: number;
    now: Date;
  }): Attachment {
    props.room.writerRole(props.uploader);
    return new Attachment({ ...props, roomId: props.room.id, uploaderId: props.uploader.id });
  }

  /**
   * The image card of a message sending it: only its uploader sends it, only in its room;
   * anyone else is told it does not exist.
   */
  cardFor(roomId: string, senderId: string): ImageCard {
    if (this.roomId !== roomId || this.uploaderId !== senderId) throw attachmentNotFound(this.id);
    return {
      kind: 'image',
      attachmentId: this.id,
      url: this.url,
      contentType: this.contentType,
      size: this.size,
    };
  }
}
