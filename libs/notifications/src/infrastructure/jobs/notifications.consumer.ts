import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { ContactBook } from '../../application/services/contact-book';
import { planNotification } from '../../application/services/notification-plan';
import { Notifier } from '../../application/services/notifier';
import {
  NOTIFYING_EVENT_TYPES,
  ORDER_PLACED,
  OrderPlaced,
  REFUND_SUCCEEDED,
} from '../../contracts/consumed-events';

/** Turns order, payment and chat events into notifications (and emails), once per recipient. */
@Injectable()
@ConsumesEvents(...NOTIFYING_EVENT_TYPES)
export class NotificationsConsumer implements EventConsumer {
  private readonly logger = new Logger(NotificationsConsumer.name);

  constructor(
    private readonly contacts: ContactBook,
    private readonly notifier: Notifier,
  ) {}

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    if (event.type === ORDER_PLACED) {
      const { orderId, buyerId, orderNumber } = event.payload as unknown as OrderPlaced;
      await this.contacts.rememberOrderBuyer(em, orderId, buyerId, orderNumber ?? null);
    }
    const plan = await planNotification(event.type, event.payload, (orderId) =>
      this.contacts.buyerOfOrder(em, orderId),
    );
    if (!plan) {
      if (event.type === REFUND_SUCCEEDED) {
        this.logger.warn(`Refund event ${event.id}: the order's buyer is unknown, no one told`);
      }
      return;
    }
    await this.notifier.notify(em, event.id, plan);
  }
}
