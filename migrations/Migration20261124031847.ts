import { Migration } from '@mikro-orm/migrations';

export class Migration20261124031847 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "identity"."refresh_token_families" drop constraint if exists "refresh_token_families_revoked_reason_check";`,
    );

    this.addSql(`alter table "chat"."messages" drop constraint messages_text_not_empty;`);

    this.addSql(`alter table "chat"."messages" add column "erased_at" timestamptz(3) null;`);
    this.addSql(
      `alter table "chat"."messages" add constraint messages_text_not_empty check((length(text) > 0) OR (erased_at IS NOT NULL));`,
    );

    this.addSql(
      `alter table "identity"."refresh_token_families" add constraint "refresh_token_families_revoked_reason_check" check("revoked_reason" in ('logout', 'reuse_detected', 'password_changed', 'banned', 'account_deleted'));`,
    );

    this.addSql(`alter table "identity"."users" add column "deleted_at" timestamptz(3) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "identity"."refresh_token_families" drop constraint if exists "refresh_token_families_revoked_reason_check";`,
    );

    this.addSql(`alter table "chat"."messages" drop constraint messages_text_not_empty;`);
    this.addSql(`alter table "chat"."messages" drop column "erased_at";`);

    this.addSql(
      `alter table "chat"."messages" add constraint messages_text_not_empty check(length(text) > 0);`,
    );

    this.addSql(
      `alter table "identity"."refresh_token_families" add constraint "refresh_token_families_revoked_reason_check" check("revoked_reason" in ('logout', 'reuse_detected', 'password_changed', 'banned'));`,
    );

    this.addSql(`alter table "identity"."users" drop column "deleted_at";`);
  }
}
