import { Migration } from '@mikro-orm/migrations';

export class Migration20261124040003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "chat"."messages" drop constraint messages_text_not_empty;`);

    this.addSql(
      `alter table "chat"."messages" add constraint messages_text_not_empty check((type <> 'text') OR (length(text) > 0) OR (erased_at IS NOT NULL));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "chat"."messages" drop constraint messages_text_not_empty;`);

    this.addSql(
      `alter table "chat"."messages" add constraint messages_text_not_empty check((type <> 'text'::text) OR (length(text) > 0));`,
    );
  }
}
