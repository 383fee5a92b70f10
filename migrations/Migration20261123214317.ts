import { Migration } from '@mikro-orm/migrations';

export class Migration20261123214317 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "cart";`);
    this.addSql(
      `create table "cart"."carts" ("id" uuid not null, "buyer_id" uuid not null, "currency" varchar(3) null, "promotion_id" uuid null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "carts_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "cart"."carts" add constraint "carts_buyer_id_unique" unique ("buyer_id");`,
    );

    this.addSql(
      `create table "cart"."cart_lines" ("id" uuid not null, "cart_id" uuid not null, "offer_id" uuid not null, "shop_id" uuid not null, "variant_id" uuid not null, "quantity" int not null, "added_at" timestamptz(3) not null, constraint "cart_lines_pkey" primary key ("id"), constraint cart_lines_quantity_check check (quantity between 1 and 999));`,
    );
    this.addSql(
      `alter table "cart"."cart_lines" add constraint "cart_lines_cart_offer_unique" unique ("cart_id", "offer_id");`,
    );

    this.addSql(
      `create table "cart"."promotions" ("id" uuid not null, "code" varchar(32) not null, "kind" text check ("kind" in ('percent', 'fixed')) not null, "percent" smallint null, "amount" bigint null, "currency" varchar(3) null, "shop_id" uuid null, "shop_owner_id" uuid null, "minimum_subtotal" bigint not null, "starts_at" timestamptz(3) not null, "ends_at" timestamptz(3) null, "usage_limit" int null, "used" int not null, "per_buyer_limit" int null, "active" boolean not null, "created_by" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "promotions_pkey" primary key ("id"), constraint promotions_window_check check (ends_at is null or ends_at > starts_at), constraint promotions_minimum_subtotal_check check (minimum_subtotal >= 0), constraint promotions_per_buyer_limit_check check (per_buyer_limit is null or per_buyer_limit > 0), constraint promotions_usage_limit_check check (usage_limit is null or (usage_limit > 0 and used <= usage_limit)), constraint promotions_used_check check (used >= 0), constraint promotions_terms_check check ((kind = 'percent' and percent between 1 and 100 and amount is null) or (kind = 'fixed' and percent is null and amount > 0 and currency is not null)));`,
    );
    this.addSql(
      `alter table "cart"."promotions" add constraint "promotions_code_unique" unique ("code");`,
    );
    this.addSql(`create index "promotions_shop_id_index" on "cart"."promotions" ("shop_id");`);
    this.addSql(
      `create index "promotions_shop_owner_id_index" on "cart"."promotions" ("shop_owner_id");`,
    );

    this.addSql(
      `create table "cart"."promotion_redemptions" ("id" uuid not null, "promotion_id" uuid not null, "buyer_id" uuid not null, "order_id" uuid not null, "discount" bigint not null, "created_at" timestamptz(3) not null, "released_at" timestamptz(3) null, constraint "promotion_redemptions_pkey" primary key ("id"), constraint promotion_redemptions_discount_check check (discount >= 0));`,
    );
    this.addSql(
      `alter table "cart"."promotion_redemptions" add constraint "promotion_redemptions_order_id_unique" unique ("order_id");`,
    );
    this.addSql(
      `create index "promotion_redemptions_buyer_index" on "cart"."promotion_redemptions" ("promotion_id", "buyer_id");`,
    );

    this.addSql(
      `alter table "cart"."cart_lines" add constraint "cart_lines_cart_id_foreign" foreign key ("cart_id") references "cart"."carts" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cart"."cart_lines" drop constraint "cart_lines_cart_id_foreign";`);

    this.addSql(`drop table if exists "cart"."carts" cascade;`);

    this.addSql(`drop table if exists "cart"."cart_lines" cascade;`);

    this.addSql(`drop table if exists "cart"."promotions" cascade;`);

    this.addSql(`drop table if exists "cart"."promotion_redemptions" cascade;`);

    this.addSql(`drop schema if exists "cart";`);
  }
}
