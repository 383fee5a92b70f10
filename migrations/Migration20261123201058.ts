import { Migration } from '@mikro-orm/migrations';

export class Migration20261123201058 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "catalog";`);
    this.addSql(`create schema if not exists "shops";`);
    this.addSql(`create schema if not exists "inventory";`);
    this.addSql(
      `create table "catalog"."categories" ("id" uuid not null, "name" varchar(120) not null, "slug" varchar(120) not null, "parent_id" uuid null, "path" text not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "categories_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "catalog"."categories" add constraint "categories_slug_unique" unique ("slug");`,
    );
    this.addSql(
      `create index "categories_parent_id_index" on "catalog"."categories" ("parent_id");`,
    );
    this.addSql(
      `create index "categories_path_index" on "catalog"."categories" ("path" text_pattern_ops);`,
    );

    this.addSql(
      `create table "catalog"."products" ("id" uuid not null, "name" varchar(200) not null, "slug" varchar(120) not null, "description" text null, "category_id" uuid not null, "category_path" text not null, "status" text check ("status" in ('draft', 'active', 'archived')) not null, "created_by" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "products_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "catalog"."products" add constraint "products_slug_unique" unique ("slug");`,
    );
    this.addSql(
      `create index "products_category_id_index" on "catalog"."products" ("category_id");`,
    );
    this.addSql(`create index "products_created_by_index" on "catalog"."products" ("created_by");`);
    this.addSql(
      `create index "products_category_path_index" on "catalog"."products" ("category_path" text_pattern_ops);`,
    );

    this.addSql(
      `create table "catalog"."product_images" ("id" uuid not null, "product_id" uuid not null, "storage_key" varchar(300) not null, "url" varchar(1000) not null, "content_type" varchar(40) not null, "size" int not null, "alt" varchar(300) null, "position" int not null, "created_at" timestamptz(3) not null, constraint "product_images_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "product_images_product_id_index" on "catalog"."product_images" ("product_id");`,
    );

    this.addSql(
      `create table "shops"."shops" ("id" uuid not null, "owner_id" uuid not null, "name" varchar(120) not null, "slug" varchar(60) not null, "description" text null, "active" boolean not null default true, "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "shops_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "shops_owner_id_index" on "shops"."shops" ("owner_id");`);
    this.addSql(`alter table "shops"."shops" add constraint "shops_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "shops"."shop_products" ("id" uuid not null, "shop_id" uuid not null, "variant_id" uuid not null, "product_id" uuid not null, "price_amount" bigint not null, "price_currency" varchar(3) not null, "compare_at_price_amount" bigint null, "compare_at_price_currency" varchar(3) null, "active" boolean not null, "version" int not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "shop_products_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "shop_products_variant_id_index" on "shops"."shop_products" ("variant_id");`,
    );
    this.addSql(
      `create index "shop_products_product_id_index" on "shops"."shop_products" ("product_id");`,
    );
    this.addSql(
      `alter table "shops"."shop_products" add constraint "shop_products_shop_id_variant_id_unique" unique ("shop_id", "variant_id");`,
    );

    this.addSql(
      `create table "inventory"."stock_levels" ("warehouse_id" uuid not null, "variant_id" uuid not null, "shop_id" uuid not null, "on_hand" int not null default 0, "reserved" int not null default 0, "updated_at" timestamptz(3) not null, constraint "stock_levels_pkey" primary key ("warehouse_id", "variant_id"), constraint stock_levels_reserved_on_hand_check check (reserved <= on_hand), constraint stock_levels_reserved_check check (reserved >= 0), constraint stock_levels_on_hand_check check (on_hand >= 0));`,
    );
    this.addSql(
      `create index "stock_levels_shop_id_index" on "inventory"."stock_levels" ("shop_id");`,
    );

    this.addSql(
      `create table "inventory"."stock_movements" ("id" uuid not null, "warehouse_id" uuid not null, "variant_id" uuid not null, "kind" text check ("kind" in ('receipt', 'adjustment', 'transfer_out', 'transfer_in', 'reservation', 'release', 'sale', 'return')) not null, "on_hand_delta" int not null, "reserved_delta" int not null, "reason" varchar(500) null, "reference" varchar(120) not null, "actor_id" uuid null, "created_at" timestamptz(3) not null, constraint "stock_movements_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "stock_movements_reference_index" on "inventory"."stock_movements" ("reference");`,
    );
    this.addSql(
      `create index "stock_movements_warehouse_id_variant_id_created_at_index" on "inventory"."stock_movements" ("warehouse_id", "variant_id", "created_at");`,
    );

    this.addSql(
      `create table "inventory"."stock_reservations" ("id" uuid not null, "reference" varchar(120) not null, "status" text check ("status" in ('active', 'committed', 'released', 'expired')) not null default 'active', "expires_at" timestamptz(3) not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "stock_reservations_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "stock_reservations_reference_index" on "inventory"."stock_reservations" ("reference");`,
    );
    this.addSql(
      `create index "stock_reservations_expires_at_index" on "inventory"."stock_reservations" ("expires_at");`,
    );

    this.addSql(
      `create table "inventory"."reservation_allocations" ("id" uuid not null, "reservation_id" uuid not null, "shop_id" uuid not null, "variant_id" uuid not null, "warehouse_id" uuid not null, "quantity" int not null, constraint "reservation_allocations_pkey" primary key ("id"), constraint reservation_allocations_quantity_check check (quantity > 0));`,
    );
    this.addSql(
      `create index "reservation_allocations_reservation_id_index" on "inventory"."reservation_allocations" ("reservation_id");`,
    );
    this.addSql(
      `create index "reservation_allocations_warehouse_id_variant_id_index" on "inventory"."reservation_allocations" ("warehouse_id", "variant_id");`,
    );

    this.addSql(
      `create table "catalog"."variants" ("id" uuid not null, "product_id" uuid not null, "sku" varchar(64) not null, "options" jsonb not null, "title" varchar(300) not null, "options_key" varchar(400) not null, "position" int not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "variants_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "catalog"."variants" add constraint "variants_sku_unique" unique ("sku");`,
    );
    this.addSql(
      `alter table "catalog"."variants" add constraint "variants_product_options_unique" unique ("product_id", "options_key");`,
    );

    this.addSql(
      `create table "inventory"."warehouses" ("id" uuid not null, "shop_id" uuid not null, "name" varchar(120) not null, "address_line1" varchar(200) not null, "address_line2" varchar(200) null, "address_city" varchar(100) not null, "address_region" varchar(100) null, "address_postal_code" varchar(20) not null, "address_country_code" varchar(2) not null, "priority" int not null, "active" boolean not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "warehouses_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "warehouses_shop_id_index" on "inventory"."warehouses" ("shop_id");`);

    this.addSql(
      `alter table "catalog"."product_images" add constraint "product_images_product_id_foreign" foreign key ("product_id") references "catalog"."products" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "inventory"."reservation_allocations" add constraint "reservation_allocations_reservation_id_foreign" foreign key ("reservation_id") references "inventory"."stock_reservations" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "catalog"."variants" add constraint "variants_product_id_foreign" foreign key ("product_id") references "catalog"."products" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "catalog"."product_images" drop constraint "product_images_product_id_foreign";`,
    );

    this.addSql(`alter table "catalog"."variants" drop constraint "variants_product_id_foreign";`);

    this.addSql(
      `alter table "inventory"."reservation_allocations" drop constraint "reservation_allocations_reservation_id_foreign";`,
    );

    this.addSql(`drop table if exists "catalog"."categories" cascade;`);

    this.addSql(`drop table if exists "catalog"."products" cascade;`);

    this.addSql(`drop table if exists "catalog"."product_images" cascade;`);

    this.addSql(`drop table if exists "shops"."shops" cascade;`);

    this.addSql(`drop table if exists "shops"."shop_products" cascade;`);

    this.addSql(`drop table if exists "inventory"."stock_levels" cascade;`);

    this.addSql(`drop table if exists "inventory"."stock_movements" cascade;`);

    this.addSql(`drop table if exists "inventory"."stock_reservations" cascade;`);

    this.addSql(`drop table if exists "inventory"."reservation_allocations" cascade;`);

    this.addSql(`drop table if exists "catalog"."variants" cascade;`);

    this.addSql(`drop table if exists "inventory"."warehouses" cascade;`);

    this.addSql(`drop schema if exists "catalog";`);
    this.addSql(`drop schema if exists "shops";`);
    this.addSql(`drop schema if exists "inventory";`);
  }
}
