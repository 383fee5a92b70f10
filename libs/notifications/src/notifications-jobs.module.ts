import { Module } from '@nestjs/common';
import { DeliverEmailHandler } from './application/commands/deliver-email/deliver-email.handler';
import { Mailer } from './application/ports/mailer';
import { ContactBook } from './application/services/contact-book';
import { Notifier } from './application/services/notifier';
import { UserErasure } from './application/services/user-erasure';
import { OutgoingEmailRepository } from './domain/email/outgoing-email.repository';
import { ContactsConsumer } from './infrastructure/jobs/contacts.consumer';
import { EmailDispatchConsumer } from './infrastructure/jobs/email-dispatch.consumer';
import { ForgetUserConsumer } from './infrastructure/jobs/forget-user.consumer';
import { NotificationEmailProcessor } from './infrastructure/jobs/notification-email.processor';
import { NotificationEmailsQueueModule } from './infrastructure/jobs/notification-emails.queue';
import { NotificationPushConsumer } from './infrastructure/jobs/notification-push.consumer';
import { NotificationsConsumer } from './infrastructure/jobs/notifications.consumer';
import { SmtpMailer } from './infrastructure/mail/smtp-mailer';
import { MikroOrmOutgoingEmailRepository } from './infrastructure/persistence/mikro-orm-outgoing-email.repository';
import { NotificationEmitter } from './infrastructure/realtime/notification-emitter';

/**
 * The notifications context's background work, for the worker only (beside NotificationsModule):
 * events become notifications and emails (a deleted account's are erased); committed notifications are pushed to the user's
 * sockets through the Socket.IO Redis emitter; committed emails are sent by a queue job each.
 */
@Module({
  imports: [NotificationEmailsQueueModule],
  providers: [
    { provide: OutgoingEmailRepository, useClass: MikroOrmOutgoingEmailRepository },
    { provide: Mailer, useClass: SmtpMailer },
    ContactBook,
    Notifier,
    UserErasure,
    NotificationEmitter,
    ContactsConsumer,
    NotificationsConsumer,
    NotificationPushConsumer,
    EmailDispatchConsumer,
    ForgetUserConsumer,
    NotificationEmailProcessor,
    DeliverEmailHandler,
  ],
})
export class NotificationsJobsModule {}
