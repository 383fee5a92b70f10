import { Migration } from '@mikro-orm/migrations';

/** The reviews context: reviews, votes, rating summaries and the facts learnt from events. */
export class Migration20261123231213 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "reviews";`);
    this.addSql(
      `create table "reviews"."purchased_items" ("shop_order_id" uuid not null, "product_id" uuid not null, "buyer_id" uuid not null, constraint "purchased_items_pkey" primary key ("shop_order_id", "product_id"));`,
    );
    this.addSql(
      `create index "reviews_purchased_items_buyer_product_idx" on "reviews"."purchased_items" ("buyer_id", "product_id");`,
    );

    this.addSql(
      `create table "reviews"."rating_summaries" ("product_id" uuid not null, "stars1" int not null default 0, "stars2" int not null default 0, "stars3" int not null default 0, "stars4" int not null default 0, "stars5" int not null default 0, "updated_at" timestamptz(3) not null, constraint "rating_summaries_pkey" primary key ("product_id"), constraint "rating_summaries_stars_check" check ("stars1" >= 0 and "stars2" >= 0 and "stars3" >= 0 and "stars4" >= 0 and "stars5" >= 0));`,
    );

    this.addSql(
      `create table "reviews"."received_shop_orders" ("shop_order_id" uuid not null, "received_at" timestamptz(3) not null, constraint "received_shop_orders_pkey" primary key ("shop_order_id"));`,
    );

    this.addSql(
      `create table "reviews"."reviews" ("id" uuid not null, "product_id" uuid not null, "buyer_id" uuid not null, "rating" smallint not null, "title" varchar(120) not null, "text" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null, "reject_reason" varchar(500) null, "verified" boolean not null, "helpful_count" int not null, "not_helpful_count" int not null, "reply_text" text null, "reply_shop_id" uuid null, "replied_at" timestamptz(3) null, "moderated_at" timestamptz(3) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "reviews_pkey" primary key ("id"), constraint "reviews_rating_check" check ("rating" between 1 and 5), constraint "reviews_votes_check" check ("helpful_count" >= 0 and "not_helpful_count" >= 0), constraint "reviews_reply_check" check (("reply_text" is null) = ("reply_shop_id" is null) and ("reply_text" is null) = ("replied_at" is null)));`,
    );
    this.addSql(
      `create index "reviews_status_created_idx" on "reviews"."reviews" ("status", "created_at");`,
    );
    this.addSql(
      `create index "reviews_product_status_idx" on "reviews"."reviews" ("product_id", "status", "created_at");`,
    );
    this.addSql(
      `alter table "reviews"."reviews" add constraint "reviews_buyer_product_unique" unique ("buyer_id", "product_id");`,
    );

    this.addSql(
      `create table "reviews"."review_votes" ("review_id" uuid not null, "voter_id" uuid not null, "helpful" boolean not null, "created_at" timestamptz(3) not null, constraint "review_votes_pkey" primary key ("review_id", "voter_id"));`,
    );

    this.addSql(
      `create table "reviews"."shop_offers" ("offer_id" uuid not null, "shop_id" uuid not null, "product_id" uuid not null, constraint "shop_offers_pkey" primary key ("offer_id"));`,
    );
    this.addSql(
      `create index "reviews_shop_offers_shop_product_idx" on "reviews"."shop_offers" ("shop_id", "product_id");`,
    );

    this.addSql(
      `create table "reviews"."shop_owners" ("shop_id" uuid not null, "owner_id" uuid not null, "version" int not null, constraint "shop_owners_pkey" primary key ("shop_id"));`,
    );
    this.addSql(
      `create index "reviews_shop_owners_owner_idx" on "reviews"."shop_owners" ("owner_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "reviews" cascade;`);
  }
}
