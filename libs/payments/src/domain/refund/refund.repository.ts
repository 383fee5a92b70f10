import { Refund } from './refund.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class RefundRepository {
  abstract findById(id: string, options?: { forUpdate?: boolean }): Promise<Refund | null>;
  abstract findByOrderAndReference(orderId: string, reference: string): Promise<Refund | null>;
  abstract findByProviderRefund(providerRefundId: string): Promise<Refund | null>;
  /** Per payment, what its pending and succeeded refunds take back. */
  abstract refundedAmounts(paymentIds: string[]): Promise<Map<string, number>>;
  /** Persists the refund (and the events it recorded) and flushes. */
  abstract save(refund: Refund): Promise<void>;
}
