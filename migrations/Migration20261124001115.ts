import { Migration } from '@mikro-orm/migrations';

export class Migration20261124001115 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "shared"."outbox" add column "broker_published_at" timestamptz(3) null;`,
    );
    this.addSql(
      `create index "outbox_broker_unpublished_idx" on "shared"."outbox" ("position") where "broker_published_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "shared"."outbox_broker_unpublished_idx";`);
    this.addSql(`alter table "shared"."outbox" drop column "broker_published_at";`);
  }
}
