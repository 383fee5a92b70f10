import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '@pasar/shared';
import { OutgoingEmail } from '../../domain/email/outgoing-email.aggregate';
import { Notification } from '../../domain/notification/notification.aggregate';
import { renderEmail, renderNotification } from '../templates/notification-templates';
import { ContactBook } from './contact-book';
import { NotificationPlan } from './notification-plan';

/**
 * Stores one notification per recipient of an event, and an email for each recipient whose
 * address we know, in the caller's transaction. Their recorded events push the notification
 * and queue the email once it all committed.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly contacts: ContactBook,
    private readonly config: AppConfig,
  ) {}

  /** Answers the notifications it created (none for recipients the event already told). */
  async notify(
    em: EntityManager,
    eventId: string,
    plan: NotificationPlan,
  ): Promise<Notification[]> {
    // Copies of one event handled at once queue here; the later one sees who was told.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`notifications:${eventId}`]);
    const told = await em.execute<{ user_id: string }[]>(
      'select user_id from notifications.notifications where event_id = ?',
      [eventId],
    );
    const already = new Set(told.map((r) => r.user_id));
    const recipients = plan.recipients.filter((userId) => !already.has(userId));
    if (recipients.length === 0) return [];

    const contacts = await this.contacts.contactsOf(em, recipients);
    const { title, body } = renderNotification(plan.kind, plan.data);
    const now = new Date();
    const created: Notification[] = [];
    for (const userId of recipients) {
      const notification = Notification.create({
        userId,
        kind: plan.kind,
        title,
        body,
        data: plan.data,
        eventId,
        now,
      });
      em.persist(notification);
      created.push(notification);
      const contact = contacts.get(userId);
      if (contact?.email) {
        const email = renderEmail(plan.kind, plan.data, contact, this.config.publicUrl);
        em.persist(
          OutgoingEmail.queue({
            notificationId: notification.id,
            to: contact.email,
            ...email,
            now,
          }),
        );
      }
    }
    await em.flush();
    return created;
  }
}
