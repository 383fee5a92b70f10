import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A checkout request a buyer sent with an Idempotency-Key: the fingerprint of its body and the
 * response it got. Written in the checkout's own transaction, so it exists only for checkouts
 * that committed (a failed one can be retried with the same key). Read and written with SQL by
 * SqlCheckoutIdempotency; the entity declares the table.
 */
@Entity({ schema: 'ordering', tableName: 'idempotency_keys' })
export class IdempotencyRecord {
  @PrimaryKey({ type: 'uuid' })
  readonly buyerId!: string;

  @PrimaryKey({ type: 'string', length: 100 })
  readonly key!: string;

  /** SHA-256 (hex) of the request body's canonical form. */
  @Property({ type: 'string', length: 64 })
  readonly requestHash!: string;

  @Property({ type: 'integer', nullable: true })
  readonly responseStatus!: number | null;

  @Property({ type: 'json', nullable: true })
  readonly responseBody!: object | null;

  @Property({ type: 'uuid', nullable: true })
  readonly orderId!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', defaultRaw: 'now()' })
  readonly createdAt!: Date;
}
