import { Migration } from '@mikro-orm/migrations';

export class Migration20261124032044 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "chat"."rooms" add column "closed_at" timestamptz(3) null, add column "hold_reason" varchar(500) null, add column "hold_source" text check ("hold_source" in ('dispute', 'admin')) null, add column "held_at" timestamptz(3) null, add column "purged_at" timestamptz(3) null;`,
    );
    this.addSql(`create index "rooms_order_id_index" on "chat"."rooms" ("order_id");`);
    this.addSql(
      `create index "rooms_open_created_at_index" on "chat"."rooms" ("created_at") where "closed_at" is null;`,
    );
    this.addSql(
      `create index "rooms_purge_due_index" on "chat"."rooms" ("closed_at") where "closed_at" is not null and "held_at" is null and "purged_at" is null;`,
    );

    this.addSql(
      `alter table "payments"."payments" add column "dispute_id" varchar(255) null, add column "dispute_status" varchar(30) null, add column "dispute_reason" varchar(60) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "payments"."payments" drop column "dispute_id", drop column "dispute_status", drop column "dispute_reason";`,
    );

    this.addSql(`drop index "chat"."rooms_order_id_index";`);
    this.addSql(`drop index "chat"."rooms_open_created_at_index";`);
    this.addSql(`drop index "chat"."rooms_purge_due_index";`);
    this.addSql(
      `alter table "chat"."rooms" drop column "closed_at", drop column "hold_reason", drop column "hold_source", drop column "held_at", drop column "purged_at";`,
    );
  }
}
