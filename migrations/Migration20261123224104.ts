import { Migration } from '@mikro-orm/migrations';

export class Migration20261123224104 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "chat";`);
    this.addSql(
      `create table "chat"."rooms" ("id" uuid not null, "buyer_id" uuid not null, "shop_id" uuid not null, "seller_id" uuid not null, "shop_name" varchar(120) not null, "order_id" uuid null, "created_at" timestamptz(3) not null, constraint "rooms_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "rooms_seller_id_index" on "chat"."rooms" ("seller_id");`);
    this.addSql(
      `create unique index "rooms_buyer_shop_order_unique" on "chat"."rooms" ("buyer_id", "shop_id", "order_id") where "order_id" is not null;`,
    );
    this.addSql(
      `create unique index "rooms_buyer_shop_unique" on "chat"."rooms" ("buyer_id", "shop_id") where "order_id" is null;`,
    );
    this.addSql(
      `create table "chat"."messages" ("id" uuid not null, "room_id" uuid not null, "sender_id" uuid not null, "sender_role" text check ("sender_role" in ('buyer', 'seller', 'admin')) not null, "client_message_id" varchar(100) not null, "text" text not null, "created_at" timestamptz(3) not null, constraint "messages_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "messages_room_created_at_index" on "chat"."messages" ("room_id", "created_at" desc, "id" desc);`,
    );
    this.addSql(
      `alter table "chat"."messages" add constraint "messages_room_sender_client_id_unique" unique ("room_id", "sender_id", "client_message_id");`,
    );
    this.addSql(
      `create table "chat"."read_markers" ("room_id" uuid not null, "user_id" uuid not null, "last_read_message_id" uuid not null, "last_read_message_at" timestamptz(3) not null, "last_read_at" timestamptz(3) not null, constraint "read_markers_pkey" primary key ("room_id", "user_id"));`,
    );
    // Stored text is trimmed and never empty (its upper bound is configuration: CHAT_MAX_MESSAGE_LENGTH).
    this.addSql(
      `alter table "chat"."messages" add constraint messages_text_not_empty check (length(text) > 0);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "chat" cascade;`);
  }
}
