import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Check,
  Entity,
  Enum,
  Index,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { RefundOutcomePayload } from '../../contracts/payments.events';
import type { Payment } from '../payment/payment.aggregate';
import { MAX_FAILURE_REASON } from '../payment/payment.aggregate';
import { ProviderRefund } from '../provider/payment-provider';
import { REFUND_STATUSES, REFUND_TRANSITIONS, RefundOutcome, RefundStatus } from './refund-status';
import {
  InvalidRefundError,
  OrderNotPaidError,
  RefundExceedsPaymentError,
  RefundReferenceConflictError,
} from './refund.errors';
import { RefundFailedEvent, RefundRequestedEvent, RefundSucceededEvent } from './refund.events';

export interface RefundRequest {
  /** What is refunded (e.g. a ShopOrder id); one refund per reference and order. */
  reference: string;
  /** In minor units. */
  amount: number;
  reason: string;
}

/**
 * Money going back from a succeeded payment. It is recorded `pending` (inside the caller's
 * transaction), then the provider is called from a job and its answer settles it.
 */
@Entity({ schema: 'payments', tableName: 'refunds' })
@Check({ name: 'refunds_amount_check', expression: 'amount > 0' })
@Unique({ name: 'refunds_order_reference_unique', properties: ['orderId', 'reference'] })
@Index({
  name: 'refunds_provider_refund_idx',
  expression:
    'create index "refunds_provider_refund_idx" on "payments"."refunds" ("provider_refund_id") where "provider_refund_id" is not null',
})
export class Refund extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: 'refunds_payment_idx' })
  readonly paymentId: string;

  @Property({ type: 'uuid' })
  readonly orderId: string;

  @Property({ type: 'string', length: 120 })
  readonly reference: string;

  /** In minor units. */
  @Property({ type: new BigIntType('number') })
  readonly amount: number;

  @Property({ type: 'string', length: 3 })
  readonly currency: string;

  @Property({ type: 'string', length: 500 })
  readonly reason: string;

  @Enum({ items: () => REFUND_STATUSES, fieldName: 'status' })
  private _status: RefundStatus = 'pending';

  @Property({ type: 'string', length: 255, nullable: true, fieldName: 'provider_refund_id' })
  private _providerRefundId: string | null = null;

  @Property({
    type: 'string',
    length: MAX_FAILURE_REASON,
    nullable: true,
    fieldName: 'failure_reason',
  })
  private _failureReason: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(payment: Payment, request: RefundRequest, now: Date) {
    super();
    this.id = randomUUID();
    this.paymentId = payment.id;
    this.orderId = payment.orderId;
    this.reference = request.reference;
    this.amount = request.amount;
    this.currency = payment.currency;
    this.reason = request.reason;
    this.createdAt = now;
    this._updatedAt = now;
  }

  /**
   * A pending refund of a succeeded payment. `alreadyRefunded` is what its pending and
   * succeeded refunds already take back: together they never exceed the payment.
   */
  static request(
    payment: Payment,
    alreadyRefunded: number,
    request: RefundRequest,
    now: Date,
  ): Refund {
    const valid = validated(request);
    if (payment.status !== 'succeeded') throw new OrderNotPaidError(payment.orderId);
    const refundable = payment.amount - alreadyRefunded;
    if (valid.amount > refundable) throw new RefundExceedsPaymentError(valid.amount, refundable);
    const refund = new Refund(payment, valid, now);
    refund.record(
      new RefundRequestedEvent('Refund', refund.id, {
        refundId: refund.id,
        paymentId: payment.id,
        orderId: payment.orderId,
      }),
    );
    return refund;
  }

  get status(): RefundStatus {
    return this._status;
  }

  get providerRefundId(): string | null {
    return this._providerRefundId;
  }

  get failureReason(): string | null {
    return this._failureReason;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** Pending and not yet known to the provider: the refund job still has to call it. */
  get awaitsProviderCall(): boolean {
    return this._status === 'pending' && this._providerRefundId === null;
  }

  /** Asking again with the same reference and amount is the same request; another amount is not. */
  assertRepeats(request: Pick<RefundRequest, 'amount'>): void {
    if (request.amount !== this.amount) {
      throw new RefundReferenceConflictError(this.reference, this.amount);
    }
  }

  /** Applies what the provider answered to the refund call. False when nothing changed. */
  applyProviderAnswer(answer: ProviderRefund, now: Date): boolean {
    if (answer.status === 'succeeded') return this.succeed(answer.id, now);
    if (answer.status === 'failed') return this.fail(answer.failureReason, answer.id, now);
    if (this._status !== 'pending' || this._providerRefundId === answer.id) return false;
    this._providerRefundId = answer.id;
    this._updatedAt = now;
    return true;
  }

  /** The money went back. False when that changes nothing (already succeeded). */
  succeed(providerRefundId: string | null, now: Date): boolean {
    return this.settle('succeed', providerRefundId, null, now);
  }

  /** The provider refused, or every attempt failed. False when that changes nothing. */
  fail(reason: string | null, providerRefundId: string | null, now: Date): boolean {
    const text = reason?.trim().slice(0, MAX_FAILURE_REASON) || 'The refund failed';
    return this.settle('fail', providerRefundId, text, now);
  }

  private settle(
    outcome: RefundOutcome,
    providerRefundId: string | null,
    failureReason: string | null,
    now: Date,
  ): boolean {
    const next = REFUND_TRANSITIONS[this._status][outcome];
    if (next === undefined) return false;
    this._status = next;
    this._providerRefundId = providerRefundId ?? this._providerRefundId;
    this._failureReason = failureReason;
    this._updatedAt = now;
    const Event = next === 'succeeded' ? RefundSucceededEvent : RefundFailedEvent;
    this.record(new Event('Refund', this.id, this.outcomePayload()));
    return true;
  }

  private outcomePayload(): RefundOutcomePayload {
    return {
      refundId: this.id,
      paymentId: this.paymentId,
      orderId: this.orderId,
      reference: this.reference,
      amount: this.amount,
      currency: this.currency,
      reason: this.reason,
      failureReason: this._failureReason,
    };
  }
}

function validated(request: RefundRequest): RefundRequest {
  const reference = request.reference?.trim() ?? '';
  const reason = request.reason?.trim() ?? '';
  if (reference.length === 0 || reference.length > 120) {
    throw new InvalidRefundError('reference must be 1 to 120 characters');
  }
  if (reason.length === 0 || reason.length > 500) {
    throw new InvalidRefundError('reason must be 1 to 500 characters');
  }
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) {
    throw new InvalidRefundError('amount must be a positive whole number of minor units');
  }
  return { reference, amount: request.amount, reason };
}
