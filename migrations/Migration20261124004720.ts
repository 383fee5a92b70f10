import { Migration } from '@mikro-orm/migrations';

export class Migration20261124004720 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "ordering"."orders" add column "number" varchar(13) null, add column "billing_recipient_name" varchar(120) null, add column "billing_line1" varchar(200) null, add column "billing_line2" varchar(200) null, add column "billing_city" varchar(100) null, add column "billing_region" varchar(100) null, add column "billing_postal_code" varchar(20) null, add column "billing_country_code" varchar(2) null, add column "billing_phone" varchar(20) null;`,
    );
    // Orders placed before numbers get one now (same alphabet and shape as newOrderNumber).
    this.addSql(`do $$
      declare
        alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        row record;
        candidate text;
      begin
        for row in select id from "ordering"."orders" where "number" is null loop
          loop
            candidate := 'PSR-';
            for i in 1..8 loop
              if i = 5 then candidate := candidate || '-'; end if;
              candidate := candidate || substr(alphabet, 1 + floor(random() * 32)::int, 1);
            end loop;
            exit when not exists (select 1 from "ordering"."orders" where "number" = candidate);
          end loop;
          update "ordering"."orders" set "number" = candidate where id = row.id;
        end loop;
      end $$;`);
    // Orders placed before billing addresses are billed where they shipped, as checkout now
    // does when the buyer has no billing address.
    this.addSql(
      `update "ordering"."orders" set "billing_recipient_name" = "shipping_recipient_name", "billing_line1" = "shipping_line1", "billing_line2" = "shipping_line2", "billing_city" = "shipping_city", "billing_region" = "shipping_region", "billing_postal_code" = "shipping_postal_code", "billing_country_code" = "shipping_country_code", "billing_phone" = "shipping_phone";`,
    );
    this.addSql(
      `alter table "ordering"."orders" alter column "number" set not null, alter column "billing_recipient_name" set not null, alter column "billing_line1" set not null, alter column "billing_city" set not null, alter column "billing_postal_code" set not null, alter column "billing_country_code" set not null;`,
    );
    this.addSql(
      `alter table "ordering"."orders" add constraint "orders_number_unique" unique ("number");`,
    );

    this.addSql(`alter table "ordering"."shop_orders" add column "order_number" varchar(13) null;`);
    this.addSql(
      `update "ordering"."shop_orders" so set "order_number" = o."number" from "ordering"."orders" o where o.id = so.order_id;`,
    );
    this.addSql(`alter table "ordering"."shop_orders" alter column "order_number" set not null;`);

    this.addSql(
      `alter table "payments"."payments" add column "method" varchar(30) null, add column "card_brand" varchar(20) null, add column "card_last4" varchar(4) null;`,
    );
    this.addSql(
      `alter table "payments"."simulated_intents" add column "card_brand" varchar(20) null, add column "card_last4" varchar(4) null;`,
    );

    this.addSql(
      `alter table "notifications"."order_buyers" add column "order_number" varchar(13) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ordering"."orders" drop constraint "orders_number_unique";`);
    this.addSql(
      `alter table "ordering"."orders" drop column "number", drop column "billing_recipient_name", drop column "billing_line1", drop column "billing_line2", drop column "billing_city", drop column "billing_region", drop column "billing_postal_code", drop column "billing_country_code", drop column "billing_phone";`,
    );
    this.addSql(`alter table "ordering"."shop_orders" drop column "order_number";`);
    this.addSql(
      `alter table "payments"."payments" drop column "method", drop column "card_brand", drop column "card_last4";`,
    );
    this.addSql(
      `alter table "payments"."simulated_intents" drop column "card_brand", drop column "card_last4";`,
    );
    this.addSql(`alter table "notifications"."order_buyers" drop column "order_number";`);
  }
}
