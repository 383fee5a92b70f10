import { Injectable } from '@nestjs/common';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { NotificationCreatedEvent } from '../../domain/notification/notification.events';
import { NotificationEmitter } from '../realtime/notification-emitter';

const NOTIFICATION_CREATED: NotificationCreatedEvent['type'] = 'notifications.notification-created';

/** A notification committed: push it to its user's sockets as the `notification` event. */
@Injectable()
@ConsumesEvents(NOTIFICATION_CREATED)
export class NotificationPushConsumer implements EventConsumer {
  constructor(private readonly emitter: NotificationEmitter) {}

  async handle(event: EventEnvelope): Promise<void> {
    const p = event.payload as NotificationCreatedEvent['payload'];
    await this.emitter.push(p.userId, {
      id: p.notificationId,
      kind: p.kind,
      title: p.title,
      body: p.body,
      data: p.data,
      readAt: null,
      createdAt: p.createdAt,
    });
  }
}
