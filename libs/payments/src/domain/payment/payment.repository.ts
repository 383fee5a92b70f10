import { PaymentProviderName } from '../provider/payment-provider';
import { Payment } from './payment.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class PaymentRepository {
  /**
   * The order's payments, newest first, with the order locked against other payment changes
   * (new intents, refunds) until the surrounding transaction ends. Call inside a transaction.
   */
  abstract findByOrderLocked(orderId: string): Promise<Payment[]>;
  abstract findById(id: string, options?: { forUpdate?: boolean }): Promise<Payment | null>;
  abstract findByProviderIntent(
    provider: PaymentProviderName,
    providerIntentId: string,
  ): Promise<Payment | null>;
  /** Persists the payment (and the events it recorded) and flushes. */
  abstract save(payment: Payment): Promise<void>;
}
