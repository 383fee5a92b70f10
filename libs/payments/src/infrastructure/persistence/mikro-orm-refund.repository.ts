import { Injectable } from '@nestjs/common';
import { FilterQuery, LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Refund } from '../../domain/refund/refund.aggregate';
import { RefundRepository } from '../../domain/refund/refund.repository';

@Injectable()
export class MikroOrmRefundRepository extends RefundRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string, options: { forUpdate?: boolean } = {}): Promise<Refund | null> {
    return this.em.findOne(
      Refund,
      { id },
      options.forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
    );
  }

  findByOrderAndReference(orderId: string, reference: string): Promise<Refund | null> {
    return this.em.findOne(Refund, { orderId, reference });
  }

  findByProviderRefund(providerRefundId: string): Promise<Refund | null> {
    const where = { _providerRefundId: providerRefundId };
    return this.em.findOne(Refund, where as FilterQuery<Refund>);
  }

  async refundedAmounts(paymentIds: string[]): Promise<Map<string, number>> {
    if (paymentIds.length === 0) return new Map();
    const rows = await this.em.execute<{ payment_id: string; refunded: string }[]>(
      `select payment_id, sum(amount) as refunded from payments.refunds
        where payment_id in (?) and status in ('pending', 'succeeded') group by payment_id`,
      [paymentIds],
    );
    return new Map(rows.map((row) => [row.payment_id, Number(row.refunded)]));
  }

  async save(refund: Refund): Promise<void> {
    await this.em.persist(refund).flush();
  }
}
