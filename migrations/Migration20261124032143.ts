import { Migration } from '@mikro-orm/migrations';

export class Migration20261124032143 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "chat"."blocks" ("id" uuid not null, "buyer_id" uuid not null, "shop_id" uuid not null, "side" text check ("side" in ('buyer', 'shop')) not null, "placed_by" uuid not null, "created_at" timestamptz(3) not null, constraint "blocks_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "blocks_placed_by_index" on "chat"."blocks" ("placed_by");`);
    this.addSql(
      `alter table "chat"."blocks" add constraint "blocks_buyer_shop_side_unique" unique ("buyer_id", "shop_id", "side");`,
    );

    this.addSql(
      `create table "chat"."contact_filter_settings" ("id" smallint not null default 1, "kinds" jsonb not null, "allowed_hosts" jsonb not null, "offender_threshold" int not null default 3, "offender_window_minutes" int not null default 1440, "version" int not null default 0, "updated_by" uuid null, "updated_at" timestamptz(3) null, constraint "contact_filter_settings_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "chat"."contact_hits" ("id" uuid not null, "sender_id" uuid not null, "room_id" uuid not null, "message_id" uuid not null, "kinds" jsonb not null, "text" text not null, "created_at" timestamptz(3) not null, constraint "contact_hits_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "contact_hits_sender_created_at_index" on "chat"."contact_hits" ("sender_id", "created_at");`,
    );

    this.addSql(
      `create table "chat"."moderation_cases" ("id" uuid not null, "kind" text check ("kind" in ('contact_sharing', 'report')) not null, "subject_user_id" uuid not null, "room_id" uuid not null, "reporter_id" uuid null, "reason" text check ("reason" in ('spam', 'scam', 'off_platform', 'abusive', 'other')) null, "reporter_note" text null, "evidence" jsonb not null, "status" text check ("status" in ('open', 'resolved')) not null, "resolution_note" text null, "resolved_by" uuid null, "resolved_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "moderation_cases_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "moderation_cases_open_contact_sharing_unique" on "chat"."moderation_cases" ("subject_user_id") where "kind" = 'contact_sharing' and "status" = 'open';`,
    );
    this.addSql(
      `create index "moderation_cases_status_created_at_index" on "chat"."moderation_cases" ("status", "created_at" desc);`,
    );

    this.addSql(`alter table "chat"."messages" add column "masked_text" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "chat"."blocks" cascade;`);

    this.addSql(`drop table if exists "chat"."contact_filter_settings" cascade;`);

    this.addSql(`drop table if exists "chat"."contact_hits" cascade;`);

    this.addSql(`drop table if exists "chat"."moderation_cases" cascade;`);

    this.addSql(`alter table "chat"."messages" drop column "masked_text";`);
  }
}
