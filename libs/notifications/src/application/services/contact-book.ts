import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

export interface Contact {
  userId: string;
  email: string | null;
  name: string;
}

/**
 * The notifications context's own copies of what it needs from others: each user's email and
 * name (from `identity.user-registered`) and each order's buyer (from `ordering.order-placed`).
 * Users registered before these tables existed are not in them, so they get no emails.
 * Every method writes or reads with the caller's EntityManager (the inbox transaction).
 */
@Injectable()
export class ContactBook {
  async rememberContact(em: EntityManager, contact: Contact): Promise<void> {
    await em.execute(
      `insert into notifications.contacts (user_id, email, name, updated_at) values (?, ?, ?, now())
       on conflict (user_id) do update set email = excluded.email, name = excluded.name, updated_at = now()`,
      [contact.userId, contact.email, contact.name],
    );
  }

  async contactsOf(em: EntityManager, userIds: string[]): Promise<Map<string, Contact>> {
    if (userIds.length === 0) return new Map();
    const rows = await em.execute<{ user_id: string; email: string | null; name: string }[]>(
      'select user_id, email, name from notifications.contacts where user_id in (?)',
      [userIds],
    );
    return new Map(
      rows.map((r) => [r.user_id, { userId: r.user_id, email: r.email, name: r.name }]),
    );
  }

  async rememberOrderBuyer(
    em: EntityManager,
    orderId: string,
    buyerId: string,
    orderNumber: string | null,
  ): Promise<void> {
    await em.execute(
      `insert into notifications.order_buyers (order_id, buyer_id, order_number) values (?, ?, ?)
       on conflict (order_id) do nothing`,
      [orderId, buyerId, orderNumber],
    );
  }

  async buyerOfOrder(
    em: EntityManager,
    orderId: string,
  ): Promise<{ buyerId: string; orderNumber: string | null } | null> {
    const [row] = await em.execute<{ buyer_id: string; order_number: string | null }[]>(
      'select buyer_id, order_number from notifications.order_buyers where order_id = ?',
      [orderId],
    );
    return row ? { buyerId: row.buyer_id, orderNumber: row.order_number } : null;
  }
}
