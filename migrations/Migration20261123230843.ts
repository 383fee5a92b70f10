import { Migration } from '@mikro-orm/migrations';

export class Migration20261123230843 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create table "search"."ratings" ("product_id" uuid not null, "average" numeric(3,2) not null, "count" int not null, "as_of" timestamptz(3) not null, constraint "ratings_pkey" primary key ("product_id"), constraint "ratings_average_check" check ("average" between 0 and 5), constraint "ratings_count_check" check ("count" >= 0));`,
    );
    this.addSql(
      `alter table "search"."products" add column "shop_ids" uuid[] not null default '{}', add column "document" tsvector null, add column "rating_average" numeric(3,2) not null default 0, add column "rating_count" int not null default 0;`,
    );
    this.addSql(
      `alter table "search"."products" add constraint "products_rating_check" check ("rating_average" between 0 and 5 and "rating_count" >= 0);`,
    );
    this.addSql(
      `create index "search_products_shop_ids_idx" on "search"."products" using gin ("shop_ids");`,
    );
    this.addSql(
      `create index "search_products_listed_document_idx" on "search"."products" using gin ("document") where "listed";`,
    );
    this.addSql(
      `create index "search_products_listed_name_trgm_idx" on "search"."products" using gin ("name" gin_trgm_ops) where "listed";`,
    );
    this.addSql(
      `create index "search_products_listed_name_words_idx" on "search"."products" using gin (to_tsvector('simple', "name")) where "listed";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "search"."search_products_listed_name_words_idx";`);
    this.addSql(`drop index if exists "search"."search_products_listed_name_trgm_idx";`);
    this.addSql(`drop index if exists "search"."search_products_listed_document_idx";`);
    this.addSql(`drop index if exists "search"."search_products_shop_ids_idx";`);
    this.addSql(
      `alter table "search"."products" drop constraint if exists "products_rating_check", drop column "shop_ids", drop column "document", drop column "rating_average", drop column "rating_count";`,
    );
    this.addSql(`drop table if exists "search"."ratings" cascade;`);
  }
}
