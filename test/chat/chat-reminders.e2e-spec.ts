// Grouped unread reminders: with the worker and a real SMTP server, messages a recipient leaves
// unread while offline bring one in-app notification and one email per room and interval.
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Socket } from 'socket.io-client';
import {
  ReceivedMail,
  SmtpSink,
  startSmtpSink,
  subjectOf,
} from '../../libs/notifications/test/smtp-sink';
import { sql } from '../checkout/checkout-world';
import { startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import {
  ask,
  chatWorld,
  ChatWorld,
  closeSockets,
  connect,
  MessageBody,
  pause,
} from './chat-fixtures';

const REMINDER_MS = 1_500;

interface NotificationBody {
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
}

describe('chat unread reminders (e2e, with the worker and SMTP)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  const received: ReceivedMail[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSink(0, received);
    api = await startTestApi({
      CHAT_UNREAD_REMINDER_MS: String(REMINDER_MS),
      SMTP_URL: smtp.url,
    });
    worker = await startWorker(api);
  });
  afterEach(() => closeSockets());
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp?.close();
  });

  const chatNotifications = async (user: TestUser) =>
    (
      (await api.http().get('/notifications').set(user.auth).expect(200)).body
        .items as NotificationBody[]
    ).filter((n) => n.kind === 'chat_message');
  const mailsTo = (user: TestUser) => received.filter((mail) => mail.to.includes(user.email));
  const reminderEvents = async (roomId: string) =>
    sql(api).execute<{ payload: Record<string, unknown> }[]>(
      `select payload from shared.outbox where type = 'chat.unread-reminder'
        and payload->>'roomId' = ? order by position`,
      [roomId],
    );
  const reminders = () => worker.get<Queue>(getQueueToken('chat-reminders'), { strict: false });
  const reminderJob = (roomId: string, user: TestUser) =>
    reminders().getJob(`remind-${roomId}-${user.id}`);
  /** Waits until the room's reminder job for the user waits for its time. */
  const reminderScheduled = (roomId: string, user: TestUser) =>
    eventually(async () => {
      expect(await (await reminderJob(roomId, user))?.getState()).toBe('delayed');
    });
  /** Waits until that job has run (it is removed once done). */
  const reminderRan = (roomId: string, user: TestUser) =>
    eventually(async () => expect(await reminderJob(roomId, user)).toBeUndefined());

  async function send(socket: Socket, world: ChatWorld, texts: string[]): Promise<MessageBody[]> {
    const sent: MessageBody[] = [];
    for (const [i, text] of texts.entries()) {
      const ack = await ask<MessageBody>(socket, 'message:send', {
        roomId: world.room.id,
        clientMessageId: `${text}-${i}-${Date.now()}`,
        text,
      });
      if (!ack.ok) throw new Error(ack.error.code);
      sent.push(ack.data);
    }
    return sent;
  }

  it('reminds an offline recipient once for several messages, in the app and by email', async () => {
    const world = await chatWorld(api);
    const buyer = await connect(api, { token: world.buyer.accessToken });
    await send(buyer, world, ['halo', 'masih ada?', 'ukuran M ya']);
    // Scheduled from the first message's event; the others found the job waiting.
    await reminderScheduled(world.room.id, world.seller);

    const [notification] = await eventually(async () => {
      const found = await chatNotifications(world.seller);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(notification).toMatchObject({
      title: '3 unread messages from Test User',
      data: {
        roomId: world.room.id,
        shopId: world.shop.id,
        unreadCount: 3,
        senderNames: ['Test User'],
        firstUnreadAt: expect.any(String),
      },
    });
    const [mail] = await eventually(async () => {
      expect(mailsTo(world.seller)).toHaveLength(1);
      return mailsTo(world.seller);
    });
    expect(subjectOf(mail.raw)).toBe('You have 3 unread messages from Test User on Pasar');

    // Nothing more for these messages, and nothing for the sender.
    await pause(REMINDER_MS + 500);
    expect(await chatNotifications(world.seller)).toHaveLength(1);
    expect(mailsTo(world.seller)).toHaveLength(1);
    expect(await chatNotifications(world.buyer)).toEqual([]);
    expect(mailsTo(world.buyer)).toEqual([]);

    // The next message starts a new cycle: one more reminder, counting all that is unread.
    await send(buyer, world, ['halo lagi']);
    await eventually(async () => {
      const found = await chatNotifications(world.seller);
      expect(found.map((n) => n.data.unreadCount)).toEqual([4, 3]);
    });
    await eventually(async () => expect(mailsTo(world.seller)).toHaveLength(2));
    expect((await reminderEvents(world.room.id)).map((e) => e.payload.unreadCount)).toEqual([3, 4]);
  }, 30_000);

  it('reminds no recipient who is online when the reminder is due', async () => {
    const world = await chatWorld(api);
    await connect(api, { token: world.seller.accessToken });
    const buyer = await connect(api, { token: world.buyer.accessToken });
    await send(buyer, world, ['halo', 'ada stok?']);
    await reminderScheduled(world.room.id, world.seller);
    await reminderRan(world.room.id, world.seller);
    expect(await reminderEvents(world.room.id)).toEqual([]);
    expect(await chatNotifications(world.seller)).toEqual([]);
    expect(mailsTo(world.seller)).toEqual([]);
  }, 30_000);

  it('reminds no recipient who read the messages before it was due', async () => {
    const world = await chatWorld(api);
    const buyer = await connect(api, { token: world.buyer.accessToken });
    const sent = await send(buyer, world, ['halo', 'ada stok?']);
    await reminderScheduled(world.room.id, world.seller);
    await api
      .http()
      .post(`/chat/rooms/${world.room.id}/read`)
      .set(world.seller.auth)
      .send({ messageId: sent[sent.length - 1].id })
      .expect(200);
    await reminderRan(world.room.id, world.seller);
    expect(await reminderEvents(world.room.id)).toEqual([]);
    expect(await chatNotifications(world.seller)).toEqual([]);
    expect(mailsTo(world.seller)).toEqual([]);
  }, 30_000);
});
