import { Migration } from '@mikro-orm/migrations';

export class Migration20261123214447 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "payments";`);
    this.addSql(
      `create table "payments"."payments" ("id" uuid not null, "order_id" uuid not null, "buyer_id" uuid not null, "provider" text check ("provider" in ('simulated', 'stripe')) not null, "amount" bigint not null, "currency" varchar(3) not null, "status" text check ("status" in ('requires_payment', 'succeeded', 'failed')) not null, "provider_intent_id" varchar(255) null, "client_secret" varchar(255) null, "failure_reason" varchar(500) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "payments_pkey" primary key ("id"), constraint payments_amount_check check (amount > 0));`,
    );
    this.addSql(`create index "payments_order_idx" on "payments"."payments" ("order_id");`);
    this.addSql(
      `create unique index "payments_one_open_per_order_amount" on "payments"."payments" ("order_id", "provider", "amount", "currency") where "status" = 'requires_payment';`,
    );
    this.addSql(
      `create unique index "payments_provider_intent_unique" on "payments"."payments" ("provider", "provider_intent_id") where "provider_intent_id" is not null;`,
    );
    this.addSql(
      `create table "payments"."refunds" ("id" uuid not null, "payment_id" uuid not null, "order_id" uuid not null, "reference" varchar(120) not null, "amount" bigint not null, "currency" varchar(3) not null, "reason" varchar(500) not null, "status" text check ("status" in ('pending', 'succeeded', 'failed')) not null, "provider_refund_id" varchar(255) null, "failure_reason" varchar(500) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "refunds_pkey" primary key ("id"), constraint refunds_amount_check check (amount > 0));`,
    );
    this.addSql(`create index "refunds_payment_idx" on "payments"."refunds" ("payment_id");`);
    this.addSql(
      `create index "refunds_provider_refund_idx" on "payments"."refunds" ("provider_refund_id") where "provider_refund_id" is not null;`,
    );
    this.addSql(
      `alter table "payments"."refunds" add constraint "refunds_order_reference_unique" unique ("order_id", "reference");`,
    );
    this.addSql(
      `create table "payments"."simulated_intents" ("id" varchar(40) not null, "idempotency_key" varchar(255) not null, "amount" bigint not null, "currency" varchar(3) not null, "metadata" jsonb not null, "status" text check ("status" in ('requires_payment', 'succeeded', 'failed')) not null, "failure_reason" varchar(500) null, "event_id" varchar(40) null, "created_at" timestamptz(3) not null, "settled_at" timestamptz(3) null, constraint "simulated_intents_pkey" primary key ("id"), constraint simulated_intents_amount_check check (amount > 0));`,
    );
    this.addSql(
      `alter table "payments"."simulated_intents" add constraint "simulated_intents_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `create table "payments"."simulated_refunds" ("id" varchar(40) not null, "idempotency_key" varchar(255) not null, "intent_id" varchar(40) not null, "amount" bigint not null, "metadata" jsonb not null, "created_at" timestamptz(3) not null, constraint "simulated_refunds_pkey" primary key ("id"), constraint simulated_refunds_amount_check check (amount > 0));`,
    );
    this.addSql(
      `alter table "payments"."simulated_refunds" add constraint "simulated_refunds_idempotency_key_unique" unique ("idempotency_key");`,
    );
    this.addSql(
      `create index "simulated_refunds_intent_idx" on "payments"."simulated_refunds" ("intent_id");`,
    );
    this.addSql(
      `create table "payments"."webhook_events" ("provider" varchar(20) not null, "event_id" varchar(255) not null, "type" varchar(40) not null, "received_at" timestamptz(3) not null, constraint "webhook_events_pkey" primary key ("provider", "event_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payments"."payments" cascade;`);
    this.addSql(`drop table if exists "payments"."refunds" cascade;`);
    this.addSql(`drop table if exists "payments"."simulated_intents" cascade;`);
    this.addSql(`drop table if exists "payments"."simulated_refunds" cascade;`);
    this.addSql(`drop table if exists "payments"."webhook_events" cascade;`);
    this.addSql(`drop schema if exists "payments";`);
  }
}
