import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CheckoutIdempotency, StoredCheckout } from '../../application/ports/checkout-idempotency';

/**
 * `insert … on conflict do nothing` on the (buyer_id, key) primary key: Postgres makes a second
 * inserter of the same key wait until the first transaction ends, so concurrent duplicates are
 * serialized by the index itself and never both place an order.
 */
@Injectable()
export class SqlCheckoutIdempotency extends CheckoutIdempotency {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async claim(buyerId: string, key: string, requestHash: string): Promise<StoredCheckout | null> {
    const inserted = await this.em.execute<unknown[]>(
      `insert into ordering.idempotency_keys (buyer_id, key, request_hash) values (?, ?, ?)
       on conflict do nothing returning key`,
      [buyerId, key, requestHash],
    );
    if (inserted.length === 1) return null;
    const [row] = await this.em.execute<
      { request_hash: string; response_status: number; response_body: object }[]
    >(
      `select request_hash, response_status, response_body from ordering.idempotency_keys
        where buyer_id = ? and key = ?`,
      [buyerId, key],
    );
    return { requestHash: row.request_hash, status: row.response_status, body: row.response_body };
  }

  async complete(
    buyerId: string,
    key: string,
    response: { status: number; body: object; orderId: string },
  ): Promise<void> {
    await this.em.execute(
      `update ordering.idempotency_keys
          set response_status = ?, response_body = ?::jsonb, order_id = ?
        where buyer_id = ? and key = ?`,
      [response.status, JSON.stringify(response.body), response.orderId, buyerId, key],
    );
  }
}
