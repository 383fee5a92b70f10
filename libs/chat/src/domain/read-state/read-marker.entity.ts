import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How far one participant has read a room: a cursor on the room's message numbers. Unread is
 * the room's last seq minus this. The cursor only moves forward and never past the room's last
 * message; sending a message moves the sender's cursor to it. One row per (room, participant),
 * never a row per message.
 */
@Entity({ schema: 'chat', tableName: 'read_markers' })
export class ReadMarker {
  @PrimaryKey({ type: 'uuid' })
  readonly roomId!: string;

  @PrimaryKey({ type: 'uuid' })
  readonly userId!: string;

  @Property({ type: 'integer' })
  readonly lastReadSeq!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly lastReadAt!: Date;
}
