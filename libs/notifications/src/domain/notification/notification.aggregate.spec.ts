import { Notification } from './notification.aggregate';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-02T00:00:00Z');

const create = () =>
  Notification.create({
    userId: 'user-1',
    kind: 'shipped',
    title: 'Order #ABC shipped',
    body: 'On its way',
    data: { orderId: 'order-1', carrier: 'JNE' },
    eventId: 'event-1',
    now: t0,
  });

describe('Notification', () => {
  it('starts unread and records that it was created, with what the push needs', () => {
    const notification = create();
    expect(notification.readAt).toBeNull();
    expect(notification.peekEvents().map((e) => [e.type, e.payload])).toEqual([
      [
        'notifications.notification-created',
        {
          notificationId: notification.id,
          userId: 'user-1',
          kind: 'shipped',
          title: 'Order #ABC shipped',
          body: 'On its way',
          data: { orderId: 'order-1', carrier: 'JNE' },
          createdAt: t0.toISOString(),
        },
      ],
    ]);
  });

  it('is marked read once; reading it again keeps the first time', () => {
    const notification = create();
    expect(notification.markRead(t0)).toBe(true);
    expect(notification.markRead(t1)).toBe(false);
    expect(notification.readAt).toEqual(t0);
  });
});
