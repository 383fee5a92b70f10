import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215854 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "ordering";`);
    this.addSql(
      `create table "ordering"."idempotency_keys" ("buyer_id" uuid not null, "key" varchar(100) not null, "request_hash" varchar(64) not null, "response_status" int null, "response_body" jsonb null, "order_id" uuid null, "created_at" timestamptz(3) not null default now(), constraint "idempotency_keys_pkey" primary key ("buyer_id", "key"));`,
    );

    this.addSql(
      `create table "ordering"."orders" ("id" uuid not null, "buyer_id" uuid not null, "currency" varchar(3) not null, "subtotal" bigint not null, "discount" bigint not null, "total" bigint not null, "promotion_id" uuid null, "promotion_code" varchar(40) null, "shipping_recipient_name" varchar(120) not null, "shipping_line1" varchar(200) not null, "shipping_line2" varchar(200) null, "shipping_city" varchar(100) not null, "shipping_region" varchar(100) null, "shipping_postal_code" varchar(20) not null, "shipping_country_code" varchar(2) not null, "shipping_phone" varchar(20) null, "payment_method" varchar(20) not null, "reservation_id" uuid null, "expires_at" timestamptz(3) not null, "placed_at" timestamptz(3) not null, "paid_at" timestamptz(3) null, "payment_id" uuid null, "cancelled_at" timestamptz(3) null, "cancel_reason" varchar(30) null, "updated_at" timestamptz(3) not null, constraint "orders_pkey" primary key ("id"), constraint orders_amounts_check check (discount >= 0 and discount <= subtotal and total = subtotal - discount));`,
    );
    this.addSql(
      `create index "orders_buyer_placed_idx" on "ordering"."orders" ("buyer_id", "placed_at" desc, "id" desc);`,
    );

    this.addSql(
      `create table "ordering"."shop_orders" ("id" uuid not null, "order_id" uuid not null, "shop_id" uuid not null, "shop_name" varchar(120) not null, "buyer_id" uuid not null, "currency" varchar(3) not null, "subtotal" bigint not null, "discount" bigint not null, "total" bigint not null, "status" text check ("status" in ('pending_payment', 'paid', 'shipped', 'delivered', 'completed', 'cancelled')) not null, "carrier" varchar(60) null, "tracking_number" varchar(100) null, "placed_at" timestamptz(3) not null, "paid_at" timestamptz(3) null, "shipped_at" timestamptz(3) null, "delivered_at" timestamptz(3) null, "completed_at" timestamptz(3) null, "cancelled_at" timestamptz(3) null, "cancel_reason" varchar(30) null, "cancel_note" text null, "updated_at" timestamptz(3) not null, constraint "shop_orders_pkey" primary key ("id"), constraint shop_orders_amounts_check check (discount >= 0 and discount <= subtotal and total = subtotal - discount));`,
    );
    this.addSql(
      `create index "shop_orders_order_id_index" on "ordering"."shop_orders" ("order_id");`,
    );
    this.addSql(
      `create index "shop_orders_shop_status_placed_idx" on "ordering"."shop_orders" ("shop_id", "status", "placed_at" desc, "id" desc);`,
    );
    this.addSql(
      `create index "shop_orders_shop_placed_idx" on "ordering"."shop_orders" ("shop_id", "placed_at" desc, "id" desc);`,
    );

    this.addSql(
      `create table "ordering"."shop_order_items" ("id" uuid not null, "shop_order_id" uuid not null, "position" int not null, "offer_id" uuid not null, "product_id" uuid not null, "variant_id" uuid not null, "product_name" varchar(300) not null, "variant_title" varchar(300) not null, "sku" varchar(64) not null, "quantity" int not null, "unit_price" bigint not null, "line_total" bigint not null, constraint "shop_order_items_pkey" primary key ("id"), constraint shop_order_items_amounts_check check (unit_price >= 0 and line_total = unit_price * quantity), constraint shop_order_items_quantity_check check (quantity > 0));`,
    );
    this.addSql(
      `create index "shop_order_items_shop_order_id_index" on "ordering"."shop_order_items" ("shop_order_id");`,
    );

    this.addSql(
      `create table "ordering"."timeline_entries" ("id" uuid not null, "position" bigserial, "order_id" uuid not null, "shop_order_id" uuid null, "event" varchar(30) not null, "from_status" varchar(30) null, "to_status" varchar(30) null, "actor_id" uuid null, "actor_role" text check ("actor_role" in ('buyer', 'seller', 'admin', 'system')) not null, "reason" varchar(60) null, "note" text null, "occurred_at" timestamptz(3) not null, constraint "timeline_entries_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "timeline_entries_order_id_position_index" on "ordering"."timeline_entries" ("order_id", "position");`,
    );

    this.addSql(
      `alter table "ordering"."shop_orders" add constraint "shop_orders_order_id_foreign" foreign key ("order_id") references "ordering"."orders" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ordering"."shop_order_items" add constraint "shop_order_items_shop_order_id_foreign" foreign key ("shop_order_id") references "ordering"."shop_orders" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "ordering"."shop_orders" drop constraint "shop_orders_order_id_foreign";`,
    );

    this.addSql(
      `alter table "ordering"."shop_order_items" drop constraint "shop_order_items_shop_order_id_foreign";`,
    );

    this.addSql(`drop table if exists "ordering"."idempotency_keys" cascade;`);

    this.addSql(`drop table if exists "ordering"."orders" cascade;`);

    this.addSql(`drop table if exists "ordering"."shop_orders" cascade;`);

    this.addSql(`drop table if exists "ordering"."shop_order_items" cascade;`);

    this.addSql(`drop table if exists "ordering"."timeline_entries" cascade;`);

    this.addSql(`drop schema if exists "ordering";`);
  }
}
