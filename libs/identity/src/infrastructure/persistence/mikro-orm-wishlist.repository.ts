import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { WishlistRepository } from '../../domain/wishlist/wishlist.repository';

@Injectable()
export class MikroOrmWishlistRepository extends WishlistRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async add(userId: string, productId: string, now: Date): Promise<void> {
    await this.em.execute(
      `insert into identity.wishlist_items (user_id, product_id, added_at) values (?, ?, ?)
       on conflict do nothing`,
      [userId, productId, now],
    );
  }

  async remove(userId: string, productId: string): Promise<boolean> {
    const result = await this.em.execute(
      'delete from identity.wishlist_items where user_id = ? and product_id = ?',
      [userId, productId],
      'run',
    );
    return (result as unknown as { affectedRows: number }).affectedRows > 0;
  }
}
