import { EntityManager } from '@mikro-orm/postgresql';
import { Actor, assertOwnership } from '@pasar/shared';
import { shopNotFound } from '../../domain/shop/shop.errors';

/** The management reads' gate: the shop exists and the actor owns it or is an admin (else 404). */
export async function assertManagesShop(
  em: EntityManager,
  actor: Pick<Actor, 'id' | 'role'>,
  shopId: string,
): Promise<void> {
  const [row] = await em.execute<{ owner_id: string }[]>(
    'select owner_id from shops.shops where id = ?',
    [shopId],
  );
  if (!row) throw shopNotFound(shopId);
  assertOwnership(actor, row.owner_id, () => shopNotFound(shopId));
}
