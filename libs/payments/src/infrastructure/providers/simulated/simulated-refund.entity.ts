import { BigIntType, Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The simulated provider's record of a refund of one of its intents. */
@Entity({ schema: 'payments', tableName: 'simulated_refunds' })
@Check({ name: 'simulated_refunds_amount_check', expression: 'amount > 0' })
export class SimulatedRefund {
  @PrimaryKey({ type: 'string', length: 40 })
  readonly id!: string;

  @Property({ type: 'string', length: 255, unique: 'simulated_refunds_idempotency_key_unique' })
  readonly idempotencyKey!: string;

  @Property({ type: 'string', length: 40, index: 'simulated_refunds_intent_idx' })
  readonly intentId!: string;

  @Property({ type: new BigIntType('number') })
  readonly amount!: number;

  @Property({ type: 'json' })
  readonly metadata!: Record<string, string>;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt!: Date;
}
