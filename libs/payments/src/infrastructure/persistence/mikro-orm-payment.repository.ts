import { Injectable } from '@nestjs/common';
import { FilterQuery, LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PaymentRepository } from '../../domain/payment/payment.repository';
import { PaymentProviderName } from '../../domain/provider/payment-provider';

@Injectable()
export class MikroOrmPaymentRepository extends PaymentRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByOrderLocked(orderId: string): Promise<Payment[]> {
    // A transaction-scoped advisory lock: it also holds while the order has no payment row yet.
    await this.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `payments.order:${orderId}`,
    ]);
    return this.em.find(Payment, { orderId }, { orderBy: { createdAt: 'desc' }, refresh: true });
  }

  findById(id: string, options: { forUpdate?: boolean } = {}): Promise<Payment | null> {
    return this.em.findOne(
      Payment,
      { id },
      options.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
    );
  }

  findByProviderIntent(
    provider: PaymentProviderName,
    providerIntentId: string,
  ): Promise<Payment | null> {
    // The intent id is private state of the aggregate: filter on its mapped property.
    const where = { provider, _providerIntentId: providerIntentId };
    return this.em.findOne(Payment, where as FilterQuery<Payment>);
  }

  async save(payment: Payment): Promise<void> {
    await this.em.persist(payment).flush();
  }
}
