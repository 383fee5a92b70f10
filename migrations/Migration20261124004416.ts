import { Migration } from '@mikro-orm/migrations';

export class Migration20261124004416 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "search"."read_model_version" ("id" smallint not null, "version" bigint not null, constraint "read_model_version_pkey" primary key ("id"));`,
    );
    // The one row every projection transaction and rebuild increments.
    this.addSql(`insert into "search"."read_model_version" ("id", "version") values (1, 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search"."read_model_version" cascade;`);
  }
}
