import { Migration } from '@mikro-orm/migrations';

export class Migration20261123213804 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "inventory"."stock_reservations_expires_at_index";`);

    this.addSql(
      `create index "stock_reservations_active_expires_at_index" on "inventory"."stock_reservations" ("expires_at", "id") where "status" = 'active';`,
    );

    this.addSql(
      `alter table "inventory"."reservation_allocations" add column "returned_at" timestamptz(3) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inventory"."reservation_allocations" drop column "returned_at";`);

    this.addSql(`drop index "inventory"."stock_reservations_active_expires_at_index";`);

    this.addSql(
      `create index "stock_reservations_expires_at_index" on "inventory"."stock_reservations" ("expires_at");`,
    );
  }
}
