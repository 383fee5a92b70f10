import { Migration } from '@mikro-orm/migrations';

export class Migration20261123231500 extends Migration {
  override async up(): Promise<void> {
    // Admin bans (issue 6): set while a ban holds; sign-in is refused and sessions were revoked.
    this.addSql(`alter table "identity"."users" add column "banned_at" timestamptz(3) null;`);

    // Analytics read model: facts projected from events; figures are aggregated at query time.
    this.addSql(`create schema if not exists "analytics";`);
    this.addSql(
      `create table "analytics"."shops" ("shop_id" uuid not null, "owner_id" uuid not null, constraint "shops_pkey" primary key ("shop_id"));`,
    );
    this.addSql(
      `create table "analytics"."shop_orders" ("shop_order_id" uuid not null, "order_id" uuid not null, "shop_id" uuid not null, "buyer_id" uuid not null, "placed_at" timestamptz(3) not null, "total" bigint not null check ("total" >= 0), "units" int not null check ("units" >= 0), "status" varchar(30) not null, "paid_at" timestamptz(3) null, "cancelled_at" timestamptz(3) null, "cancel_reason" varchar(40) null, constraint "shop_orders_pkey" primary key ("shop_order_id"));`,
    );
    this.addSql(
      `create index "shop_orders_shop_placed_idx" on "analytics"."shop_orders" ("shop_id", "placed_at");`,
    );
    this.addSql(
      `create index "shop_orders_placed_idx" on "analytics"."shop_orders" ("placed_at");`,
    );
    this.addSql(`create index "shop_orders_order_idx" on "analytics"."shop_orders" ("order_id");`);
    this.addSql(
      `create table "analytics"."order_items" ("item_id" uuid not null, "shop_order_id" uuid not null, "product_id" uuid not null, "variant_id" uuid not null, "quantity" int not null check ("quantity" > 0), "unit_price" bigint not null check ("unit_price" >= 0), constraint "order_items_pkey" primary key ("item_id"));`,
    );
    this.addSql(
      `create index "order_items_shop_order_idx" on "analytics"."order_items" ("shop_order_id");`,
    );
    this.addSql(
      `create table "analytics"."allocations" ("reference" varchar(120) not null, "shop_id" uuid not null, "variant_id" uuid not null, "warehouse_id" uuid not null, "quantity" int not null check ("quantity" > 0), constraint "allocations_pkey" primary key ("reference", "variant_id", "warehouse_id"));`,
    );
    this.addSql(
      `create table "analytics"."refunds" ("refund_id" uuid not null, "order_id" uuid not null, "reference" varchar(120) not null, "amount" bigint not null check ("amount" > 0), "refunded_at" timestamptz(3) not null, constraint "refunds_pkey" primary key ("refund_id"));`,
    );
    this.addSql(`create index "refunds_reference_idx" on "analytics"."refunds" ("reference");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "analytics" cascade;`);
    this.addSql(`alter table "identity"."users" drop column if exists "banned_at";`);
  }
}
