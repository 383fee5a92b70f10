import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, DomainError } from '@pasar/shared';
import {
  CreateIntentRequest,
  PaymentProvider,
  ProviderIntent,
  ProviderRefund,
  RefundRequest,
} from '../../../domain/provider/payment-provider';
import { ProviderEvent } from '../../../domain/provider/provider-event';
import {
  intentNotFound,
  InvalidWebhookEventError,
  PaymentProviderRejectedError,
} from '../../../domain/provider/provider.errors';
import { TestCard } from '../../../application/commands/simulate-payment/payment-simulator';
import { normalizeStripeShapedEvent } from '../stripe-shaped-event';
import { SimulatedIntentStatus } from './simulated-intent.entity';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

export class SimulatedIntentSettledError extends DomainError {
  readonly code = 'PAYMENTS.SIMULATED_INTENT_SETTLED';
  readonly kind = 'conflict';
  constructor(intentId: string, status: string) {
    super(`Simulated intent ${intentId} already ${status}`, { status });
  }
}

interface IntentRow {
  id: string;
  amount: string;
  currency: string;
  metadata: Record<string, string>;
  status: SimulatedIntentStatus;
  failure_reason: string | null;
  event_id: string | null;
  settled_at: Date | null;
  card_brand: string | null;
  card_last4: string | null;
}

/** A signed webhook delivery, as the provider sends it. */
export interface SignedWebhook {
  eventId: string;
  body: string;
  signature: string;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/**
 * The default provider: a stand-in for a real one that keeps its intents and refunds in its own
 * tables (through its own connections, outside Pasar's transactions, as a remote system would)
 * and sends Stripe-shaped events signed with Stripe's scheme.
 */
@Injectable()
export class SimulatedPaymentProvider extends PaymentProvider {
  readonly name = 'simulated' as const;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async createIntent(request: CreateIntentRequest): Promise<ProviderIntent> {
    // On a repeated key the no-op update returns the intent the key opened first.
    const [row] = await this.db().execute<IntentRow[]>(
      `insert into payments.simulated_intents
         (id, idempotency_key, amount, currency, metadata, status, created_at)
       values (?, ?, ?, ?, ?, 'requires_payment', now())
       on conflict (idempotency_key) do update set idempotency_key = excluded.idempotency_key
       returning id, amount, currency`,
      [
        newId('sim_pi'),
        request.idempotencyKey,
        request.amount,
        request.currency,
        JSON.stringify(request.metadata),
      ],
    );
    if (Number(row.amount) !== request.amount || row.currency !== request.currency) {
      throw new PaymentProviderRejectedError('the idempotency key was used with other parameters');
    }
    return { id: row.id, clientSecret: null };
  }

  refund(request: RefundRequest): Promise<ProviderRefund> {
    return this.db().transactional(async (tx) => {
      const [intent] = await tx.execute<IntentRow[]>(
        'select id, amount, status from payments.simulated_intents where id = ? for update',
        [request.providerIntentId],
      );
      if (!intent) throw new PaymentProviderRejectedError(`no intent ${request.providerIntentId}`);
      const [earlier] = await tx.execute<{ id: string; amount: string }[]>(
        'select id, amount from payments.simulated_refunds where idempotency_key = ?',
        [request.idempotencyKey],
      );
      if (earlier) return { id: earlier.id, status: 'succeeded', failureReason: null };
      if (intent.status !== 'succeeded') {
        throw new PaymentProviderRejectedError(`intent ${intent.id} was not paid`);
      }
      const [{ refunded }] = await tx.execute<{ refunded: string }[]>(
        'select coalesce(sum(amount), 0) as refunded from payments.simulated_refunds where intent_id = ?',
        [intent.id],
      );
      if (Number(refunded) + request.amount > Number(intent.amount)) {
        throw new PaymentProviderRejectedError('the refunds would exceed the amount paid');
      }
      const id = newId('sim_re');
      await tx.execute(
        `insert into payments.simulated_refunds (id, idempotency_key, intent_id, amount, metadata, created_at)
         values (?, ?, ?, ?, ?, now())`,
        [id, request.idempotencyKey, intent.id, request.amount, JSON.stringify(request.metadata)],
      );
      return { id, status: 'succeeded', failureReason: null };
    });
  }

  verifyWebhook(rawBody: Buffer, signatureHeader: string | undefined): ProviderEvent {
    verifyWebhookSignature({
      secret: this.config.payments.simulatedWebhookSecret,
      payload: rawBody,
      header: signatureHeader,
      toleranceSeconds: this.config.payments.webhookToleranceSeconds,
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    let event: unknown;
    try {
      event = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw new InvalidWebhookEventError('the body is not JSON');
    }
    return normalizeStripeShapedEvent(event);
  }

  /**
   * The buyer's bank answered: the intent succeeds or fails, once. Settling it again the same
   * way gives the same event back (to redeliver, as a provider retries); the other way is refused.
   * A card paid with is kept with the intent and reported on its charge, as Stripe does.
   */
  async settle(
    intentId: string,
    outcome: 'succeeded' | 'failed',
    failureReason: string | null,
    card: TestCard | null = null,
  ): Promise<SignedWebhook> {
    const intent = await this.db().transactional(async (tx) => {
      const [row] = await tx.execute<IntentRow[]>(
        'select * from payments.simulated_intents where id = ? for update',
        [intentId],
      );
      if (!row) throw intentNotFound(intentId);
      if (row.status === outcome) return row;
      if (row.status !== 'requires_payment')
        throw new SimulatedIntentSettledError(intentId, row.status);
      const [settled] = await tx.execute<IntentRow[]>(
        `update payments.simulated_intents
            set status = ?, failure_reason = ?, event_id = ?, settled_at = now(),
                card_brand = ?, card_last4 = ?
          where id = ? returning *`,
        [
          outcome,
          outcome === 'failed' ? (failureReason ?? 'Your card was declined.') : null,
          newId('evt_sim'),
          card?.brand ?? null,
          card?.last4 ?? null,
          intentId,
        ],
      );
      return settled;
    });
    const body = JSON.stringify(toEvent(intent));
    const signature = signWebhook(
      this.config.payments.simulatedWebhookSecret,
      body,
      Math.floor(Date.now() / 1000),
    );
    return { eventId: intent.event_id!, body, signature };
  }

  /** Its own connection: never part of a Pasar transaction. */
  private db(): EntityManager {
    return this.orm.em.fork({ disableContextResolution: true }) as EntityManager;
  }
}

function toEvent(intent: IntentRow) {
  const succeeded = intent.status === 'succeeded';
  return {
    id: intent.event_id,
    object: 'event',
    type: succeeded ? 'payment_intent.succeeded' : 'payment_intent.payment_failed',
    created: Math.floor(new Date(intent.settled_at!).getTime() / 1000),
    data: {
      object: {
        id: intent.id,
        object: 'payment_intent',
        amount: Number(intent.amount),
        currency: intent.currency.toLowerCase(),
        status: succeeded ? 'succeeded' : 'requires_payment_method',
        metadata: intent.metadata,
        last_payment_error: succeeded ? null : { message: intent.failure_reason },
        latest_charge: chargeOf(intent),
      },
    },
  };
}

/** The intent's charge, expanded as Stripe does on request; none without a card. */
function chargeOf(intent: IntentRow) {
  if (intent.card_brand === null || intent.card_last4 === null) return null;
  return {
    id: intent.id.replace(/^sim_pi_/, 'sim_ch_'),
    object: 'charge',
    payment_intent: intent.id,
    status: intent.status === 'succeeded' ? 'succeeded' : 'failed',
    payment_method_details: {
      type: 'card',
      card: { brand: intent.card_brand, last4: intent.card_last4 },
    },
  };
}
