// Account deletion: DELETE /me and DELETE /admin/users/{id} anonymize the user and revoke every
// session; the worker then erases the user's chat data (and notifications forget them).
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Socket } from 'socket.io-client';
import { sql } from '../checkout/checkout-world';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, expectDrained, startWorker } from '../support/worker';
import {
  ask,
  chatWorld,
  ChatWorld,
  closeSockets,
  connect,
  MessageBody,
  RoomBody,
} from './chat-fixtures';

type ErasableMessage = Omit<MessageBody, 'text'> & { text: string | null; erased: boolean };

describe('account deletion and chat erasure (e2e, with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
  });
  afterEach(() => closeSockets());
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const history = async (user: TestUser, roomId: string) =>
    (await api.http().get(`/chat/rooms/${roomId}/messages`).set(user.auth).expect(200)).body
      .items as ErasableMessage[];
  const deletedEvents = (userId: string) =>
    sql(api).execute<{ id: string }[]>(
      `select id from shared.outbox where type = 'identity.user-deleted' and payload->>'userId' = ?`,
      [userId],
    );

  async function conversation(): Promise<ChatWorld & { sent: MessageBody[]; socket: Socket }> {
    const world = await chatWorld(api);
    const buyer = await connect(api, { token: world.buyer.accessToken });
    const seller = await connect(api, { token: world.seller.accessToken });
    await ask(buyer, 'room:join', { roomId: world.room.id });
    const sent: MessageBody[] = [];
    for (const [socket, text] of [
      [buyer, 'alamat saya Jl. Merdeka 1'],
      [seller, 'baik, dikirim besok'],
      [buyer, 'nomor saya 0812-3456-7890'],
    ] as const) {
      const ack = await ask<MessageBody>(socket, 'message:send', {
        roomId: world.room.id,
        clientMessageId: randomUUID(),
        text,
      });
      if (!ack.ok) throw new Error(ack.error.code);
      sent.push(ack.data);
    }
    await api
      .http()
      .post(`/chat/rooms/${world.room.id}/read`)
      .set(world.buyer.auth)
      .send({ messageId: sent[1].id })
      .expect(200);
    return { ...world, sent, socket: buyer };
  }

  it('asks for the current password (or a recent sign-in) and refuses a wrong one', async () => {
    const user = await signUp(api, 'buyer');
    const wrong = await api
      .http()
      .delete('/me')
      .set(user.auth)
      .send({ currentPassword: 'not my password' })
      .expect(422);
    expect(wrong.body.code).toBe('IDENTITY.WRONG_PASSWORD');
    const invalid = await api.http().delete('/me').set(user.auth).send({ currentPassword: 7 });
    expect(invalid.status).toBe(400);
    await api.http().get('/me').set(user.auth).expect(200);
    // Signed in moments ago: that is proof enough.
    await api.http().delete('/me').set(user.auth).expect(204);
    await api.http().get('/me').set(user.auth).expect(401);
  });

  it('deletes the account: sessions revoked, sign-in refused, chat texts erased for the other side', async () => {
    const world = await conversation();
    const { buyer, seller, room, sent, socket } = world;
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    await api
      .http()
      .delete('/me')
      .set(buyer.auth)
      .send({ currentPassword: buyer.password })
      .expect(204);

    // Every session is over at once: the access token, the refresh token, sockets, sign-in.
    await api.http().get('/me').set(buyer.auth).expect(401);
    const refreshed = await api
      .http()
      .post('/auth/refresh')
      .send({ refreshToken: buyer.refreshToken });
    expect(refreshed.status).toBe(401);
    await expect(connect(api, { token: buyer.accessToken })).rejects.toMatchObject({
      data: { code: 'AUTH.TOKEN_REVOKED' },
    });
    const login = await api
      .http()
      .post('/auth/login')
      .send({ email: buyer.email, password: buyer.password })
      .expect(401);
    expect(login.body.code).toBe('IDENTITY.INVALID_CREDENTIALS');

    const admin = await signUp(api, 'admin');
    const account = await api.http().get(`/admin/users/${buyer.id}`).set(admin.auth).expect(200);
    expect(account.body).toMatchObject({
      id: buyer.id,
      name: 'Deleted user',
      phone: null,
      deletedAt: expect.any(String),
    });
    expect(account.body.email).toBe(`deleted-${buyer.id}@deleted.invalid`);

    // The socket opened before the deletion is closed, so it writes nothing after the erasure.
    expect(await closed).toBe('io server disconnect');

    // The worker erases the buyer's texts; the seller's history keeps the rows in order.
    const erased = await eventually(async () => {
      const items = await history(seller, room.id);
      expect(items.filter((m) => m.erased)).toHaveLength(2);
      return items;
    });
    expect(erased.map((m) => [m.id, m.erased, m.text])).toEqual([
      [sent[2].id, true, null],
      [sent[1].id, false, 'baik, dikirim besok'],
      [sent[0].id, true, null],
    ]);
    const rooms = (await api.http().get('/chat/rooms').set(seller.auth).expect(200)).body
      .items as RoomBody[];
    const kept = rooms.find((r) => r.id === room.id);
    expect(kept?.lastMessage).toMatchObject({ id: sent[2].id, erased: true, text: null });

    const db = sql(api);
    const texts = await db.execute<{ text: string; erased_at: Date | null }[]>(
      'select text, erased_at from chat.messages where sender_id = ?',
      [buyer.id],
    );
    expect(texts.map((m) => m.text)).toEqual(['', '']);
    expect(
      await db.execute('select 1 from chat.read_markers where user_id = ?', [buyer.id]),
    ).toEqual([]);
    const events = await db.execute<{ text: string }[]>(
      `select payload->>'text' as text from shared.outbox
        where type = 'chat.message-posted' and payload->>'senderId' = ?`,
      [buyer.id],
    );
    expect(events.map((e) => e.text)).toEqual(['', '']);
    expect(
      await db.execute('select 1 from notifications.contacts where user_id = ?', [buyer.id]),
    ).toEqual([]);
    const redis = new Redis(api.config.redisUrl, { keyPrefix: `${api.config.redisPrefix}:` });
    try {
      expect(
        await redis.exists(
          `chat:online:user:${buyer.id}`,
          `chat:online:room:${room.id}:user:${buyer.id}`,
        ),
      ).toBe(0);
    } finally {
      redis.disconnect();
    }

    // The event once more (a replay under a new id): nothing changes.
    await eventually(() => expectDrained(api));
    const [event] = await deletedEvents(buyer.id);
    await db.execute(
      `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
       select ?, type, aggregate_type, aggregate_id, payload, now() from shared.outbox where id = ?`,
      [randomUUID(), event.id],
    );
    await eventually(() => expectDrained(api));
    expect(
      await db.execute<{ text: string; erased_at: Date | null }[]>(
        'select text, erased_at from chat.messages where sender_id = ?',
        [buyer.id],
      ),
    ).toEqual(texts);
    expect(await history(seller, room.id)).toEqual(erased);
  }, 40_000);

  it('lets an admin delete an account (and only an admin)', async () => {
    const admin = await signUp(api, 'admin');
    const seller = await signUp(api, 'seller');
    const other = await signUp(api, 'buyer');
    await api.http().delete(`/admin/users/${seller.id}`).set(other.auth).expect(403);
    await api.http().delete(`/admin/users/${seller.id}`).set(admin.auth).expect(204);
    await api.http().delete(`/admin/users/${seller.id}`).set(admin.auth).expect(204);
    await api.http().delete(`/admin/users/${randomUUID()}`).set(admin.auth).expect(404);
    await api.http().get('/me').set(seller.auth).expect(401);
    await eventually(async () => expect(await deletedEvents(seller.id)).toHaveLength(1));
  });
});
