import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import { NotificationsJobsModule, NotificationsModule } from '@pasar/notifications';
import { EventEnvelope, Inbox, OutboxRelayModule, socketIoRedisKey } from '@pasar/shared';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { ContactsConsumer } from '../src/infrastructure/jobs/contacts.consumer';
import { NotificationsConsumer } from '../src/infrastructure/jobs/notifications.consumer';
import { freePort, ReceivedMail, SmtpSink, startSmtpSink, subjectOf } from './smtp-sink';

const eventually = async <T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
};

const envelope = (type: string, payload: object): EventEnvelope => ({
  id: randomUUID(),
  type,
  aggregateType: type.split('.')[0],
  aggregateId: randomUUID(),
  occurredAt: new Date().toISOString(),
  payload: payload as Record<string, unknown>,
});

describe('notifications from events (Postgres, Redis, a real SMTP server)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  let smtp: SmtpSink | null;
  let smtpPort: number;
  const received: ReceivedMail[] = [];
  let subscriber: Redis;
  const pushes: { channel: string; message: Buffer }[] = [];

  /** Delivers an event to a consumer as the worker's DomainEventsProcessor does. */
  const deliver = (consumer: ContactsConsumer | NotificationsConsumer, event: EventEnvelope) =>
    context.module
      .get(Inbox)
      .runOnce(consumer.constructor.name, event.id, (em) => consumer.handle(event, em));

  const register = async (email: string | null) => {
    const userId = randomUUID();
    await deliver(
      context.module.get(ContactsConsumer),
      envelope('identity.user-registered', {
        userId,
        role: 'buyer',
        email,
        phone: null,
        name: 'Budi',
      }),
    );
    return userId;
  };

  const orderPlaced = (buyerId: string) =>
    envelope('ordering.order-placed', {
      orderId: randomUUID(),
      buyerId,
      currency: 'IDR',
      subtotal: 50_000,
      discount: 0,
      total: 50_000,
      promotionCode: null,
      expiresAt: new Date(Date.now() + 900_000).toISOString(),
      shopOrders: [],
    });

  const notificationsOf = (userId: string) =>
    sql.execute<{ id: string; kind: string; event_id: string; title: string }[]>(
      'select id, kind, event_id, title from notifications.notifications where user_id = ?',
      [userId],
    );

  const emailsOf = (userId: string) =>
    sql.execute<
      { to: string; subject: string; status: string; attempts: number; error: string | null }[]
    >(
      `select e.to, e.subject, e.status, e.attempts, e.error from notifications.outgoing_emails e
         join notifications.notifications n on n.id = e.notification_id where n.user_id = ?`,
      [userId],
    );

  beforeAll(async () => {
    smtpPort = await freePort();
    smtp = await startSmtpSink(smtpPort, received);
    context = await startIntegrationContext(
      { imports: [OutboxRelayModule, NotificationsModule, NotificationsJobsModule] },
      { SMTP_URL: smtp.url, MAIL_FROM: 'Pasar <no-reply@pasar.test>' },
    );
    sql = context.sql;
    subscriber = new Redis(context.config.redisUrl);
    subscriber.on('pmessageBuffer', (_pattern: Buffer, channel: Buffer, message: Buffer) =>
      pushes.push({ channel: channel.toString(), message }),
    );
    await subscriber.psubscribe(`${socketIoRedisKey(context.config)}#/chat#*`);
  });

  afterAll(async () => {
    subscriber?.disconnect();
    await context?.close();
    await smtp?.close();
  });

  it('tells the buyer once, emails once and pushes once, however often and concurrently the event comes', async () => {
    const buyerId = await register('budi@example.com');
    const event = orderPlaced(buyerId);
    const consumer = context.module.get(NotificationsConsumer);

    // The inbox lets one copy through; two handlers bypassing it still make one notification.
    const orm = context.module.get(MikroORM);
    const bare = () =>
      (orm.em.fork() as EntityManager).transactional((em) => consumer.handle(event, em));
    const ran = await Promise.all([
      deliver(consumer, event),
      deliver(consumer, event),
      bare(),
      bare(),
    ]);
    expect(ran.filter((r) => r === true)).toHaveLength(1);

    const notifications = await notificationsOf(buyerId);
    expect(notifications).toEqual([
      expect.objectContaining({ kind: 'order_placed', event_id: event.id }),
    ]);

    const orderRef = `#${(event.payload.orderId as string).slice(0, 8).toUpperCase()}`;
    const mail = await eventually(async () => {
      const mine = received.filter((m) => m.to.includes('budi@example.com'));
      expect(mine).toHaveLength(1);
      return mine[0];
    });
    expect(mail.from).toBe('no-reply@pasar.test');
    expect(subjectOf(mail.raw)).toBe(`Your Pasar order ${orderRef} is placed`);
    expect(mail.raw).toContain('Hi Budi,');
    await eventually(async () =>
      expect(await emailsOf(buyerId)).toEqual([
        expect.objectContaining({ to: 'budi@example.com', status: 'sent', attempts: 1 }),
      ]),
    );

    const channel = `${socketIoRedisKey(context.config)}#/chat#user:${buyerId}#`;
    const pushed = await eventually(async () => {
      const mine = pushes.filter((p) => p.channel === channel);
      expect(mine).toHaveLength(1);
      return mine[0].message;
    });
    expect(pushed.includes(Buffer.from('notification'))).toBe(true);
    expect(pushed.includes(Buffer.from(notifications[0].id))).toBe(true);

    // Redelivered later (e.g. after a crash before the job was acknowledged): nothing new.
    await deliver(consumer, event);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notificationsOf(buyerId)).toHaveLength(1);
    expect(received.filter((m) => m.to.includes('budi@example.com'))).toHaveLength(1);
  });

  it('notifies users it has no address for in the app only', async () => {
    const phoneOnly = await register(null);
    const unknown = randomUUID();
    const consumer = context.module.get(NotificationsConsumer);
    await deliver(consumer, orderPlaced(phoneOnly));
    await deliver(consumer, orderPlaced(unknown));
    expect(await notificationsOf(phoneOnly)).toHaveLength(1);
    expect(await notificationsOf(unknown)).toHaveLength(1);
    expect(await emailsOf(phoneOnly)).toEqual([]);
    expect(await emailsOf(unknown)).toEqual([]);
  });

  it('finds the buyer of a refunded order from the order it saw placed', async () => {
    const buyerId = await register(null);
    const consumer = context.module.get(NotificationsConsumer);
    const placed = orderPlaced(buyerId);
    await deliver(consumer, placed);
    const refund = (orderId: string) =>
      envelope('payments.refund-succeeded', {
        refundId: randomUUID(),
        paymentId: randomUUID(),
        orderId,
        reference: randomUUID(),
        amount: 20_000,
        currency: 'IDR',
        reason: 'seller_cancelled',
        failureReason: null,
      });
    await deliver(consumer, refund(placed.payload.orderId as string));
    await deliver(consumer, refund(randomUUID()));
    const kinds = (await notificationsOf(buyerId)).map((n) => n.kind).sort();
    expect(kinds).toEqual(['order_placed', 'refunded']);
  });

  it('loses no email while the SMTP server is down: it is retried and sent when it is back', async () => {
    await smtp!.close();
    smtp = null;
    const buyerId = await register('sari@example.com');
    await deliver(context.module.get(NotificationsConsumer), orderPlaced(buyerId));

    const [failed] = await eventually(async () => {
      const emails = await emailsOf(buyerId);
      expect(emails).toEqual([expect.objectContaining({ status: 'pending', attempts: 1 })]);
      return emails;
    });
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);

    smtp = await startSmtpSink(smtpPort, received);
    await eventually(async () => {
      expect(await emailsOf(buyerId)).toEqual([
        expect.objectContaining({ status: 'sent', attempts: 2, error: null }),
      ]);
    }, 25_000);
    expect(received.filter((m) => m.to.includes('sari@example.com'))).toHaveLength(1);
  }, 40_000);
});
