import { Migration } from '@mikro-orm/migrations';

export class Migration20261124032759 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "chat"."rooms" add column "last_seq" int not null default 0;`);

    this.addSql(`drop index "chat"."messages_room_created_at_index";`);

    // Existing messages are numbered in the order they were listed until now (time, then id).
    this.addSql(`alter table "chat"."messages" add column "seq" int null;`);
    this.addSql(
      `update "chat"."messages" m set "seq" = n.seq from (select id, row_number() over (partition by room_id order by created_at, id)::int as seq from "chat"."messages") n where n.id = m.id;`,
    );
    this.addSql(`alter table "chat"."messages" alter column "seq" set not null;`);
    this.addSql(
      `update "chat"."rooms" r set "last_seq" = x.last_seq from (select room_id, max(seq) as last_seq from "chat"."messages" group by room_id) x where x.room_id = r.id;`,
    );
    this.addSql(
      `alter table "chat"."messages" add constraint "messages_room_seq_unique" unique ("room_id", "seq");`,
    );

    // A marker on a message becomes a cursor on that message's seq.
    this.addSql(
      `alter table "chat"."read_markers" add column "last_read_seq" int not null default 0;`,
    );
    this.addSql(
      `update "chat"."read_markers" rm set "last_read_seq" = m.seq from "chat"."messages" m where m.id = rm.last_read_message_id;`,
    );
    this.addSql(`alter table "chat"."read_markers" alter column "last_read_seq" drop default;`);
    this.addSql(
      `alter table "chat"."read_markers" drop column "last_read_message_id", drop column "last_read_message_at";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "chat"."messages" drop constraint "messages_room_seq_unique";`);
    this.addSql(`alter table "chat"."messages" drop column "seq";`);

    this.addSql(
      `create index "messages_room_created_at_index" on "chat"."messages" ("room_id", "created_at", "id");`,
    );

    this.addSql(`alter table "chat"."read_markers" drop column "last_read_seq";`);

    this.addSql(
      `alter table "chat"."read_markers" add column "last_read_message_id" uuid not null, add column "last_read_message_at" timestamptz(3) not null;`,
    );

    this.addSql(`alter table "chat"."rooms" drop column "last_seq";`);
  }
}
