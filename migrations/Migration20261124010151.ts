import { Migration } from '@mikro-orm/migrations';

export class Migration20261124010151 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "shared"."outbox" add column "traceparent" varchar(55) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "shared"."outbox" drop column "traceparent";`);
  }
}
