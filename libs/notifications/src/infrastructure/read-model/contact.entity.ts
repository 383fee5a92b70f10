import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A user's email and name as notifications knows them (ContactBook writes it with SQL). */
@Entity({ schema: 'notifications', tableName: 'contacts' })
export class ContactRow {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 320, nullable: true })
  email!: string | null;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  updatedAt!: Date;
}
