import { Migration } from '@mikro-orm/migrations';

export class Migration20261124032142 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "chat"."attachments" ("id" uuid not null, "room_id" uuid not null, "uploader_id" uuid not null, "storage_key" varchar(300) not null, "url" varchar(1000) not null, "content_type" varchar(40) not null, "size" int not null, "created_at" timestamptz(3) not null, constraint "attachments_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attachments_room_id_index" on "chat"."attachments" ("room_id");`);

    this.addSql(
      `alter table "chat"."messages" drop constraint if exists "messages_sender_role_check";`,
    );

    this.addSql(`alter table "chat"."messages" drop constraint messages_text_not_empty;`);

    this.addSql(
      `alter table "chat"."messages" add column "type" text check ("type" in ('text', 'image', 'product_card', 'order_card', 'system')) not null default 'text', add column "card" jsonb null;`,
    );
    this.addSql(
      `alter table "chat"."messages" add constraint "messages_sender_role_check" check("sender_role" in ('buyer', 'seller', 'admin', 'system'));`,
    );
    this.addSql(
      `create unique index "messages_attachment_unique" on "chat"."messages" ((card->>'attachmentId')) where type = 'image';`,
    );
    this.addSql(
      `alter table "chat"."messages" add constraint messages_text_not_empty check(type <> 'text' or length(text) > 0);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "chat"."attachments" cascade;`);

    this.addSql(
      `alter table "chat"."messages" drop constraint if exists "messages_sender_role_check";`,
    );

    this.addSql(`drop index "chat"."messages_attachment_unique";`);
    this.addSql(`alter table "chat"."messages" drop constraint messages_text_not_empty;`);
    this.addSql(`alter table "chat"."messages" drop column "type", drop column "card";`);

    this.addSql(
      `alter table "chat"."messages" add constraint "messages_sender_role_check" check("sender_role" in ('buyer', 'seller', 'admin'));`,
    );
    this.addSql(
      `alter table "chat"."messages" add constraint messages_text_not_empty check(length(text) > 0);`,
    );
  }
}
