import { BigIntType, Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const SIMULATED_INTENT_STATUSES = ['requires_payment', 'succeeded', 'failed'] as const;
export type SimulatedIntentStatus = (typeof SIMULATED_INTENT_STATUSES)[number];

/**
 * The simulated provider's own record of an intent (as Stripe keeps its PaymentIntents): not
 * Pasar's Payment, which only knows the intent by id. Written with plain SQL by the provider.
 */
@Entity({ schema: 'payments', tableName: 'simulated_intents' })
@Check({ name: 'simulated_intents_amount_check', expression: 'amount > 0' })
export class SimulatedIntent {
  @PrimaryKey({ type: 'string', length: 40 })
  readonly id!: string;

  @Property({ type: 'string', length: 255, unique: 'simulated_intents_idempotency_key_unique' })
  readonly idempotencyKey!: string;

  @Property({ type: new BigIntType('number') })
  readonly amount!: number;

  @Property({ type: 'string', length: 3 })
  readonly currency!: string;

  @Property({ type: 'json' })
  readonly metadata!: Record<string, string>;

  @Enum({ items: () => SIMULATED_INTENT_STATUSES })
  readonly status!: SimulatedIntentStatus;

  @Property({ type: 'string', length: 500, nullable: true })
  readonly failureReason!: string | null;

  /** The event that announced the outcome; redeliveries reuse it. */
  @Property({ type: 'string', length: 40, nullable: true })
  readonly eventId!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  readonly settledAt!: Date | null;

  /** The test card it was paid with (brand and last four digits only). */
  @Property({ type: 'string', length: 20, nullable: true })
  readonly cardBrand!: string | null;

  @Property({ type: 'string', length: 4, nullable: true })
  readonly cardLast4!: string | null;
}
