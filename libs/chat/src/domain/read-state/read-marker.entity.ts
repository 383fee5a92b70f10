import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far one participant has read a room: the newest message they marked read. Markers only
 * move forward (by message time, then id), so a late receipt for an older message changes nothing.
 */
@Entity({ schema: 'chat', tableName: 'read_markers' })
export class ReadMarker {
  @PrimaryKey({ type: 'uuid' })
  readonly roomId: string;

  @PrimaryKey({ type: 'uuid' })
  readonly userId: string;

  @Property({ type: 'uuid', fieldName: 'last_read_message_id' })
  private _lastReadMessageId: string;

  /** The time of that message: unread messages are the others' newer than it. */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'last_read_message_at' })
  private _lastReadMessageAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'last_read_at' })
  private _lastReadAt: Date;

  private constructor(roomId: string, userId: string, message: ReadableMessage, now: Date) {
    this.roomId = roomId;
    this.userId = userId;
    this._lastReadMessageId = message.id;
    this._lastReadMessageAt = message.createdAt;
    this._lastReadAt = now;
  }

  static start(roomId: string, userId: string, message: ReadableMessage, now: Date): ReadMarker {
    return new ReadMarker(roomId, userId, message, now);
  }

  get lastReadMessageId(): string {
    return this._lastReadMessageId;
  }

  get lastReadAt(): Date {
    return this._lastReadAt;
  }

  /** Moves the marker to `message` unless it already stands on it or on a newer one. */
  advanceTo(message: ReadableMessage, now: Date): boolean {
    const current = this._lastReadMessageAt.getTime();
    const next = message.createdAt.getTime();
    if (next < current || (next === current && message.id <= this._lastReadMessageId)) {
      return false;
    }
    this._lastReadMessageId = message.id;
    this._lastReadMessageAt = message.createdAt;
    this._lastReadAt = now;
    return true;
  }
}

export interface ReadableMessage {
  id: string;
  createdAt: Date;
}
