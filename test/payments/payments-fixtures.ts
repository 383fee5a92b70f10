// Helpers shared by the payments end-to-end specs.
import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetOrderPaymentsQuery, OrderPaymentView } from '@pasar/payments';
import { TestApi } from '../support/test-api';

/** The order's payments (newest first) with their refunds, as the payments context reports them. */
export const paymentsOf = (api: TestApi, orderId: string): Promise<OrderPaymentView[]> => {
  const orm = api.app.get(MikroORM);
  return RequestContext.create(orm.em, () =>
    api.app.get(QueryBus).execute(new GetOrderPaymentsQuery(orderId)),
  );
};

/** Rows of plain SQL, for assertions. */
export const sql = <T extends object>(api: TestApi, query: string, params: unknown[] = []) =>
  (api.app.get(MikroORM).em.fork() as EntityManager).execute<T[]>(query, params);

/** The payloads of the outbox rows of one type about one aggregate, in order. */
export const outboxPayloads = async (api: TestApi, type: string, aggregateId: string) =>
  (
    await sql<{ payload: Record<string, unknown> }>(
      api,
      'select payload from shared.outbox where type = ? and aggregate_id = ? order by position',
      [type, aggregateId],
    )
  ).map((row) => row.payload);

/** The simulated provider's header, computed independently of Pasar's code (Stripe's scheme). */
export function simulatedSignature(secret: string, body: string, timestamp = nowSeconds()): string {
  const hex = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${hex}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A Stripe-shaped payment intent event, as the simulated provider and Stripe send them. */
export function intentEvent(
  eventId: string,
  type: 'payment_intent.succeeded' | 'payment_intent.payment_failed',
  intent: { id: string; amount: number; orderId: string; paymentId: string },
): string {
  return JSON.stringify({
    id: eventId,
    object: 'event',
    type,
    created: nowSeconds(),
    data: {
      object: {
        id: intent.id,
        object: 'payment_intent',
        amount: intent.amount,
        currency: 'idr',
        status: type === 'payment_intent.succeeded' ? 'succeeded' : 'requires_payment_method',
        metadata: { orderId: intent.orderId, paymentId: intent.paymentId },
        last_payment_error:
          type === 'payment_intent.succeeded' ? null : { message: 'Your card was declined.' },
      },
    },
  });
}

export type FakeStripeMode = 'ok' | 'hang';

/**
 * A local stand-in for api.stripe.com: answers payment intent and refund creation like Stripe
 * (one intent per idempotency key), or, in `hang` mode, never answers.
 */
export class FakeStripe {
  mode: FakeStripeMode = 'ok';
  readonly requests: { path: string; idempotencyKey: string | undefined; form: URLSearchParams }[] =
    [];
  private readonly byKey = new Map<string, object>();
  private readonly hanging = new Set<ServerResponse>();
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    const form = new URLSearchParams(body);
    this.requests.push({ path: req.url ?? '', idempotencyKey, form });
    if (this.mode === 'hang') {
      this.hanging.add(res);
      return;
    }
    const known = idempotencyKey ? this.byKey.get(idempotencyKey) : undefined;
    const answer = known ?? this.create(req.url ?? '', form);
    if (idempotencyKey) this.byKey.set(idempotencyKey, answer);
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_fake' });
    res.end(JSON.stringify(answer));
  }

  private create(path: string, form: URLSearchParams): object {
    const n = this.byKey.size + 1;
    if (path.startsWith('/v1/refunds')) {
      return {
        id: `re_fake_${n}`,
        object: 'refund',
        status: 'succeeded',
        amount: Number(form.get('amount')),
      };
    }
    return {
      id: `pi_fake_${n}`,
      object: 'payment_intent',
      amount: Number(form.get('amount')),
      currency: form.get('currency'),
      status: 'requires_payment_method',
      client_secret: `pi_fake_${n}_secret_abc`,
      metadata: {
        orderId: form.get('metadata[orderId]'),
        paymentId: form.get('metadata[paymentId]'),
      },
    };
  }
}
