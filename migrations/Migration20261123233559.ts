import { Migration } from '@mikro-orm/migrations';

export class Migration20261123233559 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "reviews"."products" ("product_id" uuid not null, "active" boolean not null, "updated_at" timestamptz(3) not null, constraint "products_pkey" primary key ("product_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reviews"."products" cascade;`);
  }
}
