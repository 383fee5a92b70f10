import { Migration } from '@mikro-orm/migrations';

export class Migration20261124033600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "chat"."auto_reply_claims" ("shop_id" uuid not null, "buyer_id" uuid not null, "sent_at" timestamptz(3) not null, constraint "auto_reply_claims_pkey" primary key ("shop_id", "buyer_id"));`,
    );

    this.addSql(
      `create table "chat"."away_periods" ("id" uuid not null, "shop_id" uuid not null, "started_at" timestamptz(3) not null, "ended_at" timestamptz(3) null, constraint "away_periods_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "away_periods_shop_started_at_index" on "chat"."away_periods" ("shop_id", "started_at");`,
    );

    this.addSql(
      `create table "chat"."saved_replies" ("id" uuid not null, "shop_id" uuid not null, "title" varchar(100) not null, "body" text not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "saved_replies_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "chat"."saved_replies" add constraint "saved_replies_shop_title_unique" unique ("shop_id", "title");`,
    );

    this.addSql(
      `create table "chat"."shop_chat_settings" ("shop_id" uuid not null, "away" boolean not null default false, "away_message" text not null default 'Thanks for your message! We are away right now and will answer as soon as we are back.', "business_hours" jsonb null, "outside_hours_message" text not null default 'Thanks for your message! We are closed right now and will answer during our business hours.', "updated_at" timestamptz(3) not null, constraint "shop_chat_settings_pkey" primary key ("shop_id"));`,
    );

    this.addSql(`create index "rooms_shop_id_index" on "chat"."rooms" ("shop_id");`);

    this.addSql(
      `alter table "chat"."messages" add column "automatic" boolean not null default false;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "chat"."auto_reply_claims" cascade;`);

    this.addSql(`drop table if exists "chat"."away_periods" cascade;`);

    this.addSql(`drop table if exists "chat"."saved_replies" cascade;`);

    this.addSql(`drop table if exists "chat"."shop_chat_settings" cascade;`);

    this.addSql(`alter table "chat"."messages" drop column "automatic";`);

    this.addSql(`drop index "chat"."rooms_shop_id_index";`);
  }
}
