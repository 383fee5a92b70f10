import { Migration } from '@mikro-orm/migrations';

export class Migration20261123223929 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "notifications";`);
    this.addSql(
      `create table "notifications"."contacts" ("user_id" uuid not null, "email" varchar(320) null, "name" varchar(200) not null, "updated_at" timestamptz(3) not null, constraint "contacts_pkey" primary key ("user_id"));`,
    );

    this.addSql(
      `create table "notifications"."notifications" ("id" uuid not null, "user_id" uuid not null, "kind" text check ("kind" in ('order_placed', 'order_paid', 'shipped', 'delivered', 'order_cancelled', 'order_expired', 'refunded', 'chat_message')) not null, "title" varchar(200) not null, "body" text not null, "data" jsonb not null, "event_id" uuid not null, "created_at" timestamptz(3) not null, "read_at" timestamptz(3) null, constraint "notifications_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notifications_user_id_created_at_index" on "notifications"."notifications" ("user_id", "created_at");`,
    );
    this.addSql(
      `create index "notifications_unread_index" on "notifications"."notifications" ("user_id") where "read_at" is null;`,
    );
    this.addSql(
      `alter table "notifications"."notifications" add constraint "notifications_event_id_user_id_unique" unique ("event_id", "user_id");`,
    );

    this.addSql(
      `create table "notifications"."order_buyers" ("order_id" uuid not null, "buyer_id" uuid not null, constraint "order_buyers_pkey" primary key ("order_id"));`,
    );

    this.addSql(
      `create table "notifications"."outgoing_emails" ("id" uuid not null, "notification_id" uuid not null, "to" varchar(320) not null, "subject" varchar(300) not null, "text" text not null, "html" text not null, "status" varchar(20) not null, "attempts" int not null, "error" text null, "created_at" timestamptz(3) not null, "sent_at" timestamptz(3) null, constraint "outgoing_emails_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "outgoing_emails_notification_id_index" on "notifications"."outgoing_emails" ("notification_id");`,
    );
    this.addSql(
      `alter table "notifications"."outgoing_emails" add constraint "outgoing_emails_state_valid" check ("status" in ('pending', 'sent', 'recorded', 'failed') and "attempts" >= 0 and (("status" = 'sent') = ("sent_at" is not null)));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notifications"."contacts" cascade;`);
    this.addSql(`drop table if exists "notifications"."notifications" cascade;`);
    this.addSql(`drop table if exists "notifications"."order_buyers" cascade;`);
    this.addSql(`drop table if exists "notifications"."outgoing_emails" cascade;`);
    this.addSql(`drop schema if exists "notifications";`);
  }
}
