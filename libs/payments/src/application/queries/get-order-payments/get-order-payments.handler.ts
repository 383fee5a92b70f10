import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetOrderPaymentsQuery } from './get-order-payments.query';
import { OrderPaymentView, RefundView } from './order-payment.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PaymentRow {
  id: string;
  provider: string;
  provider_intent_id: string | null;
  status: string;
  amount: string;
  currency: string;
  failure_reason: string | null;
  method: string | null;
  card_brand: string | null;
  card_last4: string | null;
  created_at: Date;
  refunds: {
    id: string;
    reference: string;
    amount: number;
    reason: string;
    status: string;
    failure_reason: string | null;
    created_at: string;
  }[];
}

/** One SQL query: the order's payments, newest first, each with its refunds (oldest first). */
@QueryHandler(GetOrderPaymentsQuery)
export class GetOrderPaymentsHandler implements IQueryHandler<GetOrderPaymentsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ orderId }: GetOrderPaymentsQuery): Promise<OrderPaymentView[]> {
    if (!UUID.test(orderId)) return [];
    const rows = await this.em.execute<PaymentRow[]>(
      `select p.id, p.provider, p.provider_intent_id, p.status, p.amount, p.currency, p.failure_reason,
              p.method, p.card_brand, p.card_last4, p.created_at,
              coalesce(json_agg(json_build_object(
                'id', r.id, 'reference', r.reference, 'amount', r.amount, 'reason', r.reason,
                'status', r.status, 'failure_reason', r.failure_reason, 'created_at', r.created_at
              ) order by r.created_at, r.id) filter (where r.id is not null), '[]') as refunds
         from payments.payments p
         left join payments.refunds r on r.payment_id = p.id
        where p.order_id = ?
        group by p.id
        order by p.created_at desc, p.id`,
      [orderId],
    );
    return rows.map(toView);
  }
}

function toView(row: PaymentRow): OrderPaymentView {
  return {
    id: row.id,
    provider: row.provider,
    providerIntentId: row.provider_intent_id,
    status: row.status,
    amount: Number(row.amount),
    currency: row.currency,
    failureReason: row.failure_reason,
    method: row.method,
    card:
      row.card_brand === null && row.card_last4 === null
        ? null
        : { brand: row.card_brand, last4: row.card_last4 },
    refunds: row.refunds.map((refund): RefundView => ({
      id: refund.id,
      reference: refund.reference,
      amount: Number(refund.amount),
      reason: refund.reason,
      status: refund.status,
      failureReason: refund.failure_reason,
      createdAt: new Date(refund.created_at).toISOString(),
    })),
    createdAt: new Date(row.created_at).toISOString(),
  };
}
