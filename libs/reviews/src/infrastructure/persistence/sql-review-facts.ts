import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ReviewFacts } from '../../domain/review/review-facts';

/** Answers from the local tables the facts consumer keeps (see infrastructure/read-model). */
@Injectable()
export class SqlReviewFacts extends ReviewFacts {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async isReviewable(productId: string): Promise<boolean> {
    const [row] = await this.em.execute<unknown[]>(
      'select 1 from reviews.products where product_id = ? and active',
      [productId],
    );
    return row !== undefined;
  }

  async hasReceived(buyerId: string, productId: string): Promise<boolean> {
    const [row] = await this.em.execute<unknown[]>(
      `select 1 from reviews.purchased_items p
         join reviews.received_shop_orders r on r.shop_order_id = p.shop_order_id
        where p.buyer_id = ? and p.product_id = ? limit 1`,
      [buyerId, productId],
    );
    return row !== undefined;
  }

  async shopsSelling(sellerId: string, productId: string): Promise<string[]> {
    const rows = await this.em.execute<{ shop_id: string }[]>(
      `select s.shop_id from reviews.shop_owners s
        where s.owner_id = ?
          and exists (select 1 from reviews.shop_offers o
                       where o.shop_id = s.shop_id and o.product_id = ?)
        order by s.shop_id`,
      [sellerId, productId],
    );
    return rows.map((row) => row.shop_id);
  }
}
