import { Migration } from '@mikro-orm/migrations';

export class Migration20261124005205 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "shops"."shipping_methods" ("id" uuid not null, "shop_id" uuid not null, "name" varchar(80) not null, "carrier" varchar(60) not null, "pricing" text check ("pricing" in ('flat', 'per_item')) not null, "price_amount" bigint not null, "price_currency" varchar(3) not null, "free_above" bigint null, "estimated_days_min" smallint not null, "estimated_days_max" smallint not null, "active" boolean not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "shipping_methods_pkey" primary key ("id"), constraint shipping_methods_days_check check ((estimated_days_min >= 0) AND (estimated_days_max >= estimated_days_min)));`,
    );
    this.addSql(
      `create index "shipping_methods_shop_id_index" on "shops"."shipping_methods" ("shop_id");`,
    );

    this.addSql(
      `alter table "cart"."promotions" drop constraint if exists "promotions_kind_check";`,
    );

    this.addSql(`alter table "ordering"."orders" drop constraint orders_amounts_check;`);

    this.addSql(`alter table "ordering"."orders" add column "shipping" bigint not null default 0;`);
    this.addSql(
      `alter table "ordering"."orders" add constraint orders_amounts_check check(discount >= 0 and discount <= subtotal and shipping >= 0 and total = subtotal - discount + shipping);`,
    );

    this.addSql(`alter table "cart"."promotions" drop constraint promotions_terms_check;`);

    this.addSql(
      `alter table "cart"."promotions" add constraint "promotions_kind_check" check("kind" in ('percent', 'fixed', 'free_shipping'));`,
    );
    this.addSql(
      `alter table "cart"."promotions" add constraint promotions_terms_check check(((kind = 'percent'::text) AND ((percent >= 1) AND (percent <= 100)) AND (amount IS NULL)) OR ((kind = 'fixed'::text) AND (percent IS NULL) AND (amount > 0) AND (currency IS NOT NULL)) OR ((kind = 'free_shipping'::text) AND (percent IS NULL) AND (amount IS NULL)));`,
    );

    this.addSql(`alter table "ordering"."shop_orders" drop constraint shop_orders_amounts_check;`);

    this.addSql(
      `alter table "ordering"."shop_orders" add column "shipping" bigint not null default 0, add column "shipping_method_id" uuid null, add column "shipping_method_name" varchar(80) null, add column "shipping_method_carrier" varchar(60) null, add column "shipping_days_min" smallint null, add column "shipping_days_max" smallint null;`,
    );
    this.addSql(
      `alter table "ordering"."shop_orders" add constraint shop_orders_amounts_check check(discount >= 0 and discount <= subtotal and shipping >= 0 and total = subtotal - discount + shipping);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "shops"."shipping_methods" cascade;`);

    this.addSql(
      `alter table "cart"."promotions" drop constraint if exists "promotions_kind_check";`,
    );

    this.addSql(`alter table "ordering"."orders" drop constraint orders_amounts_check;`);
    this.addSql(`alter table "ordering"."orders" drop column "shipping";`);

    this.addSql(
      `alter table "ordering"."orders" add constraint orders_amounts_check check((discount >= 0) AND (discount <= subtotal) AND (total = (subtotal - discount)));`,
    );

    this.addSql(`alter table "cart"."promotions" drop constraint promotions_terms_check;`);

    this.addSql(
      `alter table "cart"."promotions" add constraint "promotions_kind_check" check("kind" in ('percent', 'fixed'));`,
    );
    this.addSql(
      `alter table "cart"."promotions" add constraint promotions_terms_check check(((kind = 'percent'::text) AND ((percent >= 1) AND (percent <= 100)) AND (amount IS NULL)) OR ((kind = 'fixed'::text) AND (percent IS NULL) AND (amount > 0) AND (currency IS NOT NULL)));`,
    );

    this.addSql(`alter table "ordering"."shop_orders" drop constraint shop_orders_amounts_check;`);
    this.addSql(
      `alter table "ordering"."shop_orders" drop column "shipping", drop column "shipping_method_id", drop column "shipping_method_name", drop column "shipping_method_carrier", drop column "shipping_days_min", drop column "shipping_days_max";`,
    );

    this.addSql(
      `alter table "ordering"."shop_orders" add constraint shop_orders_amounts_check check((discount >= 0) AND (discount <= subtotal) AND (total = (subtotal - discount)));`,
    );
  }
}
