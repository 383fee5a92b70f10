import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { PaymentDisputePayload, PaymentOutcomePayload } from '../../contracts/payments.events';
import { PaymentProviderName, PAYMENT_PROVIDER_NAMES } from '../provider/payment-provider';
import { DisputeDetails, PaymentMethodDetails } from '../provider/provider-event';
import {
  PAYMENT_STATUSES,
  PAYMENT_TRANSITIONS,
  PaymentOutcome,
  PaymentStatus,
} from './payment-status';
import { IntentMismatchError, InvalidPaymentError, OrderAlreadyPaidError } from './payment.errors';
import {
  PaymentDisputeClosedEvent,
  PaymentDisputeOpenedEvent,
  PaymentFailedEvent,
  PaymentSucceededEvent,
} from './payment.events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURRENCY = /^[A-Z]{3}$/;
const METHOD = /^[a-z][a-z0-9_]{0,29}$/;
const CARD_BRAND = /^[a-z][a-z0-9_]{0,19}$/;
const LAST4 = /^[0-9]{4}$/;

/** Longer provider messages are cut to this. */
export const MAX_FAILURE_REASON = 500;

export interface PaymentRequest {
  orderId: string;
  buyerId: string;
  amount: number;
  currency: string;
}

/**
 * One attempt to collect an order's amount through a provider. It starts `requires_payment`,
 * gets the provider's intent attached, and the provider's webhooks settle it. A failed payment
 * stays failed for the buyer: paying again starts a new Payment.
 */
@Entity({ schema: 'payments', tableName: 'payments' })
@Check({ name: 'payments_amount_check', expression: 'amount > 0' })
@Index({
  name: 'payments_provider_intent_unique',
  expression:
    'create unique index "payments_provider_intent_unique" on "payments"."payments" ("provider", "provider_intent_id") where "provider_intent_id" is not null',
})
@Index({
  name: 'payments_one_open_per_order_amount',
  expression:
    'create unique index "payments_one_open_per_order_amount" on "payments"."payments" ("order_id", "provider", "amount", "currency") where "status" = \'requires_payment\'',
})
export class Payment extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: 'payments_order_idx' })
  readonly orderId: string;

  @Property({ type: 'uuid' })
  readonly buyerId: string;

  @Enum({ items: () => PAYMENT_PROVIDER_NAMES })
  readonly provider: PaymentProviderName;

  /** In minor units. */
  @Property({ type: new BigIntType('number') })
  readonly amount: number;

  @Property({ type: 'string', length: 3 })
  readonly currency: string;

  @Enum({ items: () => PAYMENT_STATUSES, fieldName: 'status' })
  private _status: PaymentStatus = 'requires_payment';

  @Property({ type: 'string', length: 255, nullable: true, fieldName: 'provider_intent_id' })
  private _providerIntentId: string | null = null;

  /** Stripe's client secret for Stripe.js; null for the simulated provider. */
  @Property({ type: 'string', length: 255, nullable: true, fieldName: 'client_secret' })
  private _clientSecret: string | null = null;

  @Property({
    type: 'string',
    length: MAX_FAILURE_REASON,
    nullable: true,
    fieldName: 'failure_reason',
  })
  private _failureReason: string | null = null;

  /** How the buyer paid as the provider reported it (`card`, …); null until it says. */
  @Property({ type: 'string', length: 30, nullable: true, fieldName: 'method' })
  private _method: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true, fieldName: 'card_brand' })
  private _cardBrand: string | null = null;

  /** The last four digits of the card: the only part of a card number Pasar ever keeps. */
  @Property({ type: 'string', length: 4, nullable: true, fieldName: 'card_last4' })
  private _cardLast4: string | null = null;

  /** The provider's latest dispute (chargeback) of this payment; null when never disputed. */
  @Property({ type: 'string', length: 255, nullable: true, fieldName: 'dispute_id' })
  private _disputeId: string | null = null;

  /** `open` while the dispute runs, then the provider's final status (`won`, `lost`…). */
  @Property({ type: 'string', length: 30, nullable: true, fieldName: 'dispute_status' })
  private _disputeStatus: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true, fieldName: 'dispute_reason' })
  private _disputeReason: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(request: PaymentRequest, provider: PaymentProviderName, now: Date) {
    super();
    this.id = randomUUID();
    this.orderId = request.orderId;
    this.buyerId = request.buyerId;
    this.provider = provider;
    this.amount = request.amount;
    this.currency = request.currency;
    this.createdAt = now;
    this._updatedAt = now;
  }

  /**
   * The payment to collect `request` with: the order's open payment of the same amount if there
   * is one (asking twice never opens two), else a new one. An order already paid is refused.
   */
  static startOrReuse(
    existing: Payment[],
    request: PaymentRequest,
    provider: PaymentProviderName,
    now: Date,
  ): Payment {
    const valid = validPaymentRequest(request);
    const paid = existing.find((payment) => payment.status === 'succeeded');
    if (paid) throw new OrderAlreadyPaidError(valid.orderId, paid.id);
    const open = existing.find(
      (payment) =>
        payment.status === 'requires_payment' &&
        payment.provider === provider &&
        payment.amount === valid.amount &&
        payment.currency === valid.currency,
    );
    return open ?? new Payment(valid, provider, now);
  }

  get status(): PaymentStatus {
    return this._status;
  }

  get providerIntentId(): string | null {
    return this._providerIntentId;
  }

  get clientSecret(): string | null {
    return this._clientSecret;
  }

  get failureReason(): string | null {
    return this._failureReason;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  get method(): string | null {
    return this._method;
  }

  get cardBrand(): string | null {
    return this._cardBrand;
  }

  get cardLast4(): string | null {
    return this._cardLast4;
  }

  get disputeStatus(): string | null {
    return this._disputeStatus;
  }

  /**
   * The buyer disputed the charge. Only a succeeded payment can be; a dispute already known
   * (open, or closed before its opening arrived) changes nothing. False when nothing changed.
   */
  openDispute(dispute: DisputeDetails, now: Date): boolean {
    if (this._status !== 'succeeded' || this._disputeId === dispute.id) return false;
    this._disputeId = dispute.id;
    this._disputeStatus = 'open';
    this._disputeReason = dispute.reason;
    this._updatedAt = now;
    this.record(new PaymentDisputeOpenedEvent('Payment', this.id, this.disputePayload()));
    return true;
  }

  /**
   * The provider closed the dispute with its final status. A dispute never seen opened is
   * recorded closed; one already closed, or another than the latest, changes nothing.
   */
  closeDispute(dispute: DisputeDetails, now: Date): boolean {
    if (this._status !== 'succeeded') return false;
    if (this._disputeId === dispute.id && this._disputeStatus !== 'open') return false;
    if (this._disputeId !== null && this._disputeId !== dispute.id) return false;
    this._disputeId = dispute.id;
    this._disputeStatus = dispute.status?.slice(0, 30) || 'closed';
    this._disputeReason = dispute.reason ?? this._disputeReason;
    this._updatedAt = now;
    this.record(new PaymentDisputeClosedEvent('Payment', this.id, this.disputePayload()));
    return true;
  }

  /**
   * The provider told how the buyer paid. Only a method name, a card brand and four digits are
   * kept; anything else in the report (or a malformed part) is dropped, never stored.
   */
  notePaymentMethod(details: PaymentMethodDetails, now: Date): void {
    const method = details.method.toLowerCase();
    if (!METHOD.test(method)) return;
    const brand = details.cardBrand?.toLowerCase() ?? null;
    const card = method === 'card';
    this._method = method;
    this._cardBrand = card && brand !== null && CARD_BRAND.test(brand) ? brand : null;
    this._cardLast4 =
      card && details.cardLast4 !== null && LAST4.test(details.cardLast4)
        ? details.cardLast4
        : null;
    this._updatedAt = now;
  }

  /** The provider's intent for this payment (asking again with the same key gives the same one). */
  attachIntent(providerIntentId: string, clientSecret: string | null, now: Date): void {
    if (this._providerIntentId === providerIntentId) return;
    if (this._providerIntentId !== null) throw new IntentMismatchError(this.id);
    this._providerIntentId = providerIntentId;
    this._clientSecret = clientSecret;
    this._updatedAt = now;
  }

  /** The provider collected the money. False when that changes nothing (already succeeded). */
  succeed(now: Date): boolean {
    return this.settle('succeed', null, now);
  }

  /** The provider declined. False when that changes nothing (already failed, or paid). */
  fail(reason: string | null, now: Date): boolean {
    const text = reason?.trim().slice(0, MAX_FAILURE_REASON) || 'The payment was declined';
    return this.settle('fail', text, now);
  }

  private settle(outcome: PaymentOutcome, failureReason: string | null, now: Date): boolean {
    const next = PAYMENT_TRANSITIONS[this._status][outcome];
    if (next === undefined) return false;
    this._status = next;
    this._failureReason = failureReason;
    this._updatedAt = now;
    const Event = next === 'succeeded' ? PaymentSucceededEvent : PaymentFailedEvent;
    this.record(new Event('Payment', this.id, this.outcomePayload()));
    return true;
  }

  private disputePayload(): PaymentDisputePayload {
    return {
      paymentId: this.id,
      orderId: this.orderId,
      buyerId: this.buyerId,
      provider: this.provider,
      disputeId: this._disputeId!,
      reason: this._disputeReason,
      status: this._disputeStatus!,
    };
  }

  private outcomePayload(): PaymentOutcomePayload {
    return {
      paymentId: this.id,
      orderId: this.orderId,
      buyerId: this.buyerId,
      provider: this.provider,
      amount: this.amount,
      currency: this.currency,
      failureReason: this._failureReason,
    };
  }
}

/** The request checked (PAYMENTS.INVALID_PAYMENT otherwise), its ids lower-cased. */
export function validPaymentRequest(request: PaymentRequest): PaymentRequest {
  if (typeof request.orderId !== 'string' || !UUID.test(request.orderId)) {
    throw new InvalidPaymentError('orderId must be a UUID');
  }
  if (typeof request.buyerId !== 'string' || !UUID.test(request.buyerId)) {
    throw new InvalidPaymentError('buyerId must be a UUID');
  }
  if (!Number.isSafeInteger(request.amount) || request.amount <= 0) {
    throw new InvalidPaymentError('amount must be a positive whole number of minor units');
  }
  if (typeof request.currency !== 'string' || !CURRENCY.test(request.currency)) {
    throw new InvalidPaymentError('currency must be an ISO 4217 code of three upper-case letters');
  }
  return {
    orderId: request.orderId.toLowerCase(),
    buyerId: request.buyerId.toLowerCase(),
    amount: request.amount,
    currency: request.currency,
  };
}
