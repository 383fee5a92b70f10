import { Migration } from '@mikro-orm/migrations';

export class Migration20261123202259 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "search";`);
    this.addSql(
      `create table "search"."availability" ("shop_id" uuid not null, "variant_id" uuid not null, "available" int not null, "as_of" timestamptz(3) not null, constraint "availability_pkey" primary key ("shop_id", "variant_id"));`,
    );

    this.addSql(
      `create table "search"."categories" ("id" uuid not null, "slug" varchar(200) not null, "name" varchar(200) not null, "parent_id" uuid null, "path" text not null, "as_of" timestamptz(3) not null, constraint "categories_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "search"."offers" ("id" uuid not null, "shop_id" uuid not null, "product_id" uuid not null, "variant_id" uuid not null, "price_amount" bigint not null, "price_currency" varchar(3) not null, "compare_at_amount" bigint null, "compare_at_currency" varchar(3) null, "active" boolean not null, "version" int not null, "shop_slug" varchar(200) null, "shop_name" varchar(200) null, "shop_active" boolean not null default false, "available" int not null default 0, constraint "offers_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "search_offers_shop_variant_idx" on "search"."offers" ("shop_id", "variant_id");`,
    );
    this.addSql(
      `create index "search_offers_shop_product_idx" on "search"."offers" ("shop_id", "product_id");`,
    );
    this.addSql(`create index "search_offers_product_idx" on "search"."offers" ("product_id");`);

    this.addSql(
      `create table "search"."products" ("id" uuid not null, "slug" varchar(200) not null, "name" varchar(300) not null, "description" text null, "category_id" uuid not null, "category_path" text not null, "category_ids" uuid[] not null, "status" varchar(20) not null, "image_url" text null, "variants" jsonb not null, "created_at" timestamptz(3) not null, "as_of" timestamptz(3) not null, "min_price" bigint null, "currency" varchar(3) null, "offer_count" int not null default 0, "available" boolean not null default false, "listed" boolean not null default false, constraint "products_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "search_products_listed_name_idx" on "search"."products" ("name", "id") where "listed";`,
    );
    this.addSql(
      `create index "search_products_listed_newest_idx" on "search"."products" ("created_at" desc, "id" desc) where "listed";`,
    );
    this.addSql(
      `create index "search_products_listed_price_idx" on "search"."products" ("min_price", "id") where "listed";`,
    );
    this.addSql(
      `create index "search_products_category_ids_idx" on "search"."products" using gin ("category_ids");`,
    );
    this.addSql(`create index "search_products_slug_idx" on "search"."products" ("slug");`);

    this.addSql(
      `create table "search"."shops" ("id" uuid not null, "slug" varchar(200) not null, "name" varchar(200) not null, "active" boolean not null, "version" int not null, constraint "shops_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "search_shops_slug_idx" on "search"."shops" ("slug");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search"."availability" cascade;`);

    this.addSql(`drop table if exists "search"."categories" cascade;`);

    this.addSql(`drop table if exists "search"."offers" cascade;`);

    this.addSql(`drop table if exists "search"."products" cascade;`);

    this.addSql(`drop table if exists "search"."shops" cascade;`);

    this.addSql(`drop schema if exists "search";`);
  }
}
