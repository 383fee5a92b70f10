import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191332 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create schema if not exists "shared";`);
    this.addSql(
      `create table "identity"."otp_challenges" ("id" uuid not null, "purpose" text check ("purpose" in ('phone_sign_in', 'email_verification')) not null, "target" varchar(254) not null, "code_hash" varchar(64) not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "attempts" int not null, "consumed_at" timestamptz(3) null, constraint "otp_challenges_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "otp_challenges_target_purpose_created_at_index" on "identity"."otp_challenges" ("target", "purpose", "created_at");`,
    );

    this.addSql(
      `create table "shared"."outbox" ("id" uuid not null, "position" bigserial, "type" varchar(120) not null, "aggregate_type" varchar(60) not null, "aggregate_id" varchar(120) not null, "payload" jsonb not null, "occurred_at" timestamptz(3) not null, "published_at" timestamptz(3) null, constraint "outbox_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_type_occurred_idx" on "shared"."outbox" ("type", "occurred_at");`,
    );
    this.addSql(
      `create index "outbox_unpublished_idx" on "shared"."outbox" ("position") where "published_at" is null;`,
    );

    this.addSql(
      `create table "shared"."processed_events" ("consumer" varchar(120) not null, "event_id" uuid not null, "processed_at" timestamptz(3) not null default now(), constraint "processed_events_pkey" primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "identity"."refresh_token_families" ("id" uuid not null, "user_id" uuid not null, "current_hash" varchar(64) not null, "generation" int not null, "created_at" timestamptz(3) not null, "last_rotated_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "revoked_at" timestamptz(3) null, "revoked_reason" text check ("revoked_reason" in ('logout', 'reuse_detected', 'password_changed', 'banned')) null, constraint "refresh_token_families_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "refresh_token_families_user_id_index" on "identity"."refresh_token_families" ("user_id");`,
    );

    this.addSql(
      `create table "identity"."users" ("id" uuid not null, "email" varchar(254) null, "phone" varchar(20) null, "role" text check ("role" in ('buyer', 'seller', 'admin')) not null, "name" varchar(120) not null, "password_hash" text null, "email_verified_at" timestamptz(3) null, "phone_verified_at" timestamptz(3) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "users_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "identity"."users" add constraint "users_email_unique" unique ("email");`,
    );
    this.addSql(
      `alter table "identity"."users" add constraint "users_phone_unique" unique ("phone");`,
    );

    this.addSql(
      `create table "identity"."addresses" ("id" uuid not null, "user_id" uuid not null, "type" text check ("type" in ('shipping', 'billing')) not null, "label" varchar(60) null, "recipient_name" varchar(120) not null, "line1" varchar(200) not null, "line2" varchar(200) null, "city" varchar(100) not null, "region" varchar(100) null, "postal_code" varchar(20) not null, "country_code" varchar(2) not null, "phone" varchar(20) null, "is_default" boolean not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "addresses_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "addresses_user_id_index" on "identity"."addresses" ("user_id");`);

    this.addSql(
      `create table "identity"."wishlist_items" ("user_id" uuid not null, "product_id" uuid not null, "added_at" timestamptz(3) not null, constraint "wishlist_items_pkey" primary key ("user_id", "product_id"));`,
    );

    this.addSql(
      `alter table "identity"."addresses" add constraint "addresses_user_id_foreign" foreign key ("user_id") references "identity"."users" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."addresses" drop constraint "addresses_user_id_foreign";`);

    this.addSql(`drop table if exists "identity"."otp_challenges" cascade;`);

    this.addSql(`drop table if exists "shared"."outbox" cascade;`);

    this.addSql(`drop table if exists "shared"."processed_events" cascade;`);

    this.addSql(`drop table if exists "identity"."refresh_token_families" cascade;`);

    this.addSql(`drop table if exists "identity"."users" cascade;`);

    this.addSql(`drop table if exists "identity"."addresses" cascade;`);

    this.addSql(`drop table if exists "identity"."wishlist_items" cascade;`);

    this.addSql(`drop schema if exists "identity";`);
    this.addSql(`drop schema if exists "shared";`);
  }
}
