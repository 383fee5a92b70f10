// The realtime chat through Socket.IO: handshake, room guard, messages, receipts, typing, presence.
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { MikroORM } from '@mikro-orm/core';
import { Redis } from 'ioredis';
import { signUp, startTestApi, TestApi } from '../support/test-api';
import {
  ask,
  chatWorld,
  ChatWorld,
  closeSockets,
  connect,
  MessageBody,
  next,
  pause,
  record,
  RoomBody,
} from './chat-fixtures';

const SEND_LIMIT = 5;
const SEND_WINDOW_MS = 1_000;

describe('chat gateway (e2e)', () => {
  let api: TestApi;
  let world: ChatWorld;

  beforeAll(async () => {
    api = await startTestApi({
      CHAT_SEND_LIMIT: String(SEND_LIMIT),
      CHAT_SEND_WINDOW_MS: String(SEND_WINDOW_MS),
      CHAT_MAX_MESSAGE_LENGTH: '200',
    });
    world = await chatWorld(api);
  });
  afterEach(() => closeSockets());
  afterAll(() => api.close());

  describe('handshake', () => {
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => {
          throw new Error('the connection was accepted');
        },
        (error: Error & { data?: { code: string; message: string } }) => error,
      );

    it('refuses a connection without a token', async () => {
      const error = await refusal(connect(api));
      expect(error.message).toBe('UNAUTHENTICATED');
      expect(error.data?.code).toBe('AUTH.UNAUTHENTICATED');
    });

    it('refuses an invalid token', async () => {
      const error = await refusal(connect(api, { token: 'not-a-jwt' }));
      expect(error.message).toBe('UNAUTHENTICATED');
      expect(error.data?.code).toBe('AUTH.UNAUTHENTICATED');
    });

    it('refuses an expired token', async () => {
      const expired = api.app
        .get(JwtService)
        .sign(
          { sub: world.buyer.id, role: 'buyer', sid: randomUUID(), jti: randomUUID() },
          { expiresIn: -10 },
        );
      const error = await refusal(connect(api, { token: expired }));
      expect(error.data?.code).toBe('AUTH.UNAUTHENTICATED');
    });

    it('refuses a token revoked by logout', async () => {
      const user = await signUp(api, 'buyer');
      await api.http().post('/auth/logout').set(user.auth).expect(204);
      const error = await refusal(connect(api, { token: user.accessToken }));
      expect(error.message).toBe('UNAUTHENTICATED');
      expect(error.data?.code).toBe('AUTH.TOKEN_REVOKED');
    });

    it('accepts the token as an Authorization header too', async () => {
      const socket = await connect(api, { headers: world.buyer.auth });
      const joined = await ask(socket, 'room:join', { roomId: world.room.id });
      expect(joined.ok).toBe(true);
    });
  });

  describe('room guard', () => {
    it('lets the buyer and the shop owner join, with who is online', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const seller = await connect(api, { token: world.seller.accessToken });
      const joined = await ask<{ room: RoomBody; online: string[] }>(buyer, 'room:join', {
        roomId: world.room.id,
      });
      expect(joined).toMatchObject({
        ok: true,
        data: { room: { id: world.room.id, shopId: world.shop.id, buyerId: world.buyer.id } },
      });
      if (!joined.ok) throw new Error('unreachable');
      expect(joined.data.online.sort()).toEqual([world.buyer.id, world.seller.id].sort());
      expect((await ask(seller, 'room:join', { roomId: world.room.id })).ok).toBe(true);
    });

    it('refuses a stranger (another buyer, another seller) as if the room did not exist', async () => {
      for (const role of ['buyer', 'seller'] as const) {
        const stranger = await signUp(api, role);
        const socket = await connect(api, { token: stranger.accessToken });
        const joined = await ask(socket, 'room:join', { roomId: world.room.id });
        expect(joined).toEqual({
          ok: false,
          error: { code: 'CHAT.ROOM_NOT_FOUND', message: expect.any(String) },
        });
        const sent = await ask(socket, 'message:send', {
          roomId: world.room.id,
          clientMessageId: 'x',
          text: 'hi',
        });
        expect(sent).toMatchObject({ ok: false, error: { code: 'CHAT.ROOM_NOT_FOUND' } });
      }
    });

    it('lets an admin join and read, but not send, mark read or type', async () => {
      const admin = await signUp(api, 'admin');
      const socket = await connect(api, { token: admin.accessToken });
      expect((await ask(socket, 'room:join', { roomId: world.room.id })).ok).toBe(true);
      const sent = await ask(socket, 'message:send', {
        roomId: world.room.id,
        clientMessageId: 'admin-1',
        text: 'hello',
      });
      expect(sent).toMatchObject({ ok: false, error: { code: 'CHAT.READ_ONLY' } });
      const [message] = (
        await api.http().get(`/chat/rooms/${world.room.id}/messages`).set(world.buyer.auth)
      ).body.items as MessageBody[];
      const read = await ask(socket, 'message:read', {
        roomId: world.room.id,
        messageId: message?.id ?? randomUUID(),
      });
      expect(read).toMatchObject({ ok: false, error: { code: 'CHAT.READ_ONLY' } });
      const typing = await ask(socket, 'typing', { roomId: world.room.id, typing: true });
      expect(typing).toMatchObject({ ok: false, error: { code: 'CHAT.READ_ONLY' } });
      const history = await api
        .http()
        .get(`/chat/rooms/${world.room.id}/messages`)
        .set(admin.auth)
        .expect(200);
      expect(history.body.items.some((m: MessageBody) => m.senderId === admin.id)).toBe(false);
    });

    it('answers a room that does not exist with CHAT.ROOM_NOT_FOUND', async () => {
      const socket = await connect(api, { token: world.buyer.accessToken });
      const joined = await ask(socket, 'room:join', { roomId: randomUUID() });
      expect(joined).toMatchObject({ ok: false, error: { code: 'CHAT.ROOM_NOT_FOUND' } });
    });
  });

  describe('messages', () => {
    it('stores, then delivers to the other side and to the sender’s other sockets', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const buyerTab = await connect(api, { token: world.buyer.accessToken });
      const seller = await connect(api, { token: world.seller.accessToken });
      for (const socket of [buyer, buyerTab, seller]) {
        expect((await ask(socket, 'room:join', { roomId: world.room.id })).ok).toBe(true);
      }
      const onSeller = next<MessageBody>(seller, 'message:new', (m) => m.clientMessageId === 'c-1');
      const onTab = next<MessageBody>(buyerTab, 'message:new', (m) => m.clientMessageId === 'c-1');
      const sent = await ask<MessageBody>(buyer, 'message:send', {
        roomId: world.room.id,
        clientMessageId: 'c-1',
        text: '  Apakah ukuran M masih ada?  ',
      });
      expect(sent).toMatchObject({
        ok: true,
        data: {
          id: expect.any(String),
          roomId: world.room.id,
          senderId: world.buyer.id,
          senderRole: 'buyer',
          clientMessageId: 'c-1',
          text: 'Apakah ukuran M masih ada?',
          createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      });
      if (!sent.ok) throw new Error('unreachable');
      expect(await onSeller).toEqual(sent.data);
      expect(await onTab).toEqual(sent.data);

      const reply = next<MessageBody>(buyer, 'message:new', (m) => m.clientMessageId === 's-1');
      const answered = await ask<MessageBody>(seller, 'message:send', {
        roomId: world.room.id,
        clientMessageId: 's-1',
        text: 'Masih, kak',
      });
      expect(answered).toMatchObject({ ok: true, data: { senderRole: 'seller' } });
      expect((await reply).senderId).toBe(world.seller.id);
    });

    it('acks a resent clientMessageId with the stored message and broadcasts it once', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const seller = await connect(api, { token: world.seller.accessToken });
      await ask(buyer, 'room:join', { roomId: world.room.id });
      await ask(seller, 'room:join', { roomId: world.room.id });
      const received = record<MessageBody>(seller, 'message:new');
      const payload = { roomId: world.room.id, clientMessageId: 'dup-1', text: 'once' };
      const [first, second, third] = await Promise.all([
        ask<MessageBody>(buyer, 'message:send', payload),
        ask<MessageBody>(buyer, 'message:send', payload),
        ask<MessageBody>(buyer, 'message:send', { ...payload, text: 'changed' }),
      ]);
      if (!first.ok || !second.ok || !third.ok) throw new Error('a send failed');
      expect(second.data.id).toBe(first.data.id);
      expect(third.data).toEqual(first.data);
      await pause(300);
      expect(received.filter((m) => m.clientMessageId === 'dup-1')).toHaveLength(1);
      const history = await api
        .http()
        .get(`/chat/rooms/${world.room.id}/messages?limit=100`)
        .set(world.buyer.auth)
        .expect(200);
      expect(
        history.body.items.filter((m: MessageBody) => m.clientMessageId === 'dup-1'),
      ).toHaveLength(1);
    });

    it('refuses empty and oversized text with CHAT.INVALID_MESSAGE naming text', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      for (const text of ['   ', 'x'.repeat(201)]) {
        const sent = await ask(buyer, 'message:send', {
          roomId: world.room.id,
          clientMessageId: randomUUID(),
          text,
        });
        expect(sent).toMatchObject({
          ok: false,
          error: { code: 'CHAT.INVALID_MESSAGE', message: expect.stringMatching(/^text /) },
        });
      }
    });

    it('answers bad payloads with error acks and keeps the socket working', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const bad: unknown[] = [
        'not an object',
        42,
        null,
        [1, 2],
        {},
        { roomId: 'nope' },
        { roomId: world.room.id, clientMessageId: '', text: 'hi' },
        { roomId: world.room.id, clientMessageId: 'y'.repeat(101), text: 'hi' },
        { roomId: world.room.id, clientMessageId: 'z', text: 7 },
        { roomId: world.room.id, clientMessageId: 'z', text: 'hi', extra: true },
        { roomId: world.room.id, clientMessageId: 'z\u0000', text: 'hi' },
      ];
      for (const payload of bad) {
        const sent = await ask(buyer, 'message:send', payload);
        expect(sent).toMatchObject({ ok: false, error: { code: 'REQUEST.VALIDATION_FAILED' } });
      }
      const nul = await ask(buyer, 'message:send', {
        roomId: world.room.id,
        clientMessageId: randomUUID(),
        text: 'a\u0000b',
      });
      expect(nul).toMatchObject({ ok: false, error: { code: 'CHAT.INVALID_MESSAGE' } });
      const huge = await ask(buyer, 'message:send', {
        roomId: world.room.id,
        clientMessageId: randomUUID(),
        text: 'x'.repeat(500_000),
      });
      expect(huge).toMatchObject({ ok: false, error: { code: 'CHAT.INVALID_MESSAGE' } });
      expect(await ask(buyer, 'room:join')).toMatchObject({
        ok: false,
        error: { code: 'REQUEST.VALIDATION_FAILED' },
      });
      expect(await ask(buyer, 'typing', { roomId: world.room.id, typing: 'yes' })).toMatchObject({
        ok: false,
        error: { code: 'REQUEST.VALIDATION_FAILED' },
      });
      expect(buyer.connected).toBe(true);
      const joined = await ask(buyer, 'room:join', { roomId: world.room.id });
      expect(joined.ok).toBe(true);
    });

    it('refuses a flood with CHAT.RATE_LIMITED, and the socket keeps working', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const acks = await Promise.all(
        Array.from({ length: SEND_LIMIT + 5 }, (_, i) =>
          ask(buyer, 'message:send', {
            roomId: world.room.id,
            clientMessageId: `flood-${i}-${randomUUID()}`,
            text: `flood ${i}`,
          }),
        ),
      );
      expect(acks.filter((a) => a.ok)).toHaveLength(SEND_LIMIT);
      const limited = acks.filter((a) => !a.ok);
      expect(limited).toHaveLength(5);
      for (const ack of limited) {
        expect(ack).toMatchObject({ ok: false, error: { code: 'CHAT.RATE_LIMITED' } });
      }
      expect((await ask(buyer, 'room:join', { roomId: world.room.id })).ok).toBe(true);
      await pause(SEND_WINDOW_MS + 100);
      const after = await ask(buyer, 'message:send', {
        roomId: world.room.id,
        clientMessageId: randomUUID(),
        text: 'after the flood',
      });
      expect(after.ok).toBe(true);
    });
  });

  describe('read receipts, typing, presence', () => {
    it('broadcasts a read receipt and lowers the reader’s unread count', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const seller = await connect(api, { token: world.seller.accessToken });
      await ask(buyer, 'room:join', { roomId: world.room.id });
      await ask(seller, 'room:join', { roomId: world.room.id });
      const sent = await ask<MessageBody>(buyer, 'message:send', {
        roomId: world.room.id,
        clientMessageId: randomUUID(),
        text: 'read me',
      });
      if (!sent.ok) throw new Error('send failed');
      const before = await api.http().get(`/chat/rooms/${world.room.id}`).set(world.seller.auth);
      expect(before.body.unreadCount).toBeGreaterThan(0);

      const receipt = next(buyer, 'message:read');
      const read = await ask(seller, 'message:read', {
        roomId: world.room.id,
        messageId: sent.data.id,
      });
      const expected = {
        roomId: world.room.id,
        userId: world.seller.id,
        lastReadSeq: sent.data.seq,
        readAt: expect.any(String),
      };
      expect(read).toEqual({ ok: true, data: expected });
      expect(await receipt).toEqual(expected);
      const after = await api
        .http()
        .get(`/chat/rooms/${world.room.id}`)
        .set(world.seller.auth)
        .expect(200);
      expect(after.body.unreadCount).toBe(0);

      const unknown = await ask(seller, 'message:read', {
        roomId: world.room.id,
        messageId: randomUUID(),
      });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'CHAT.MESSAGE_NOT_FOUND' } });
    });

    it('relays typing to the others in the room, not to the typist', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const seller = await connect(api, { token: world.seller.accessToken });
      await ask(buyer, 'room:join', { roomId: world.room.id });
      await ask(seller, 'room:join', { roomId: world.room.id });
      const own = record(buyer, 'typing');
      const heard = next(seller, 'typing');
      expect(await ask(buyer, 'typing', { roomId: world.room.id, typing: true })).toEqual({
        ok: true,
        data: { forwarded: true },
      });
      expect(await heard).toEqual({ roomId: world.room.id, userId: world.buyer.id, typing: true });
      await pause(200);
      expect(own).toHaveLength(0);
    });

    it('forwards typing at most once a second per room, and "stopped typing" always', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const seller = await connect(api, { token: world.seller.accessToken });
      await ask(buyer, 'room:join', { roomId: world.room.id });
      await ask(seller, 'room:join', { roomId: world.room.id });
      const heard = record<{ typing: boolean }>(seller, 'typing');
      const acks = [];
      for (let i = 0; i < 10; i++) {
        acks.push(await ask(buyer, 'typing', { roomId: world.room.id, typing: true }));
      }
      acks.push(await ask(buyer, 'typing', { roomId: world.room.id, typing: false }));
      expect(acks.map((a) => (a.ok ? (a.data as { forwarded: boolean }).forwarded : null))).toEqual(
        [true, ...Array(9).fill(false), true],
      );
      await pause(200);
      expect(heard.map((e) => e.typing)).toEqual([true, false]);
    });

    it('refuses typing in a room the socket has not joined', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const typing = await ask(buyer, 'typing', { roomId: world.room.id, typing: true });
      expect(typing).toMatchObject({ ok: false, error: { code: 'CHAT.ROOM_NOT_FOUND' } });
    });

    it('announces presence when a participant joins and when their last socket goes', async () => {
      const { room, buyer, seller } = await chatWorld(api);
      const buyerSocket = await connect(api, { token: buyer.accessToken });
      await ask(buyerSocket, 'room:join', { roomId: room.id });

      const online = next(buyerSocket, 'presence');
      const sellerSocket = await connect(api, { token: seller.accessToken });
      const sellerTab = await connect(api, { token: seller.accessToken });
      await ask(sellerSocket, 'room:join', { roomId: room.id });
      expect(await online).toEqual({ roomId: room.id, userId: seller.id, online: true });

      const events = record<{ online: boolean }>(buyerSocket, 'presence');
      await ask(sellerTab, 'room:join', { roomId: room.id });
      sellerTab.close();
      await pause(300);
      expect(events).toHaveLength(0);

      const offline = next(buyerSocket, 'presence');
      sellerSocket.close();
      expect(await offline).toEqual({ roomId: room.id, userId: seller.id, online: false });
      const rejoined = await ask<{ online: string[] }>(buyerSocket, 'room:join', {
        roomId: room.id,
      });
      if (!rejoined.ok) throw new Error('join failed');
      expect(rejoined.data.online).toEqual([buyer.id]);
    });

    it('stops counting the sockets of a crashed instance once its heartbeat lapses', async () => {
      const { room, buyer, seller } = await chatWorld(api);
      // What an instance that crashed with two seller sockets (one in the room) leaves behind:
      // its shares, and a heartbeat nobody renews any more.
      const redis = api.app.get(Redis);
      const crashed = randomUUID();
      await redis.set(`chat:online:instance:${crashed}`, '1', 'PX', 500);
      await redis.hset(`chat:online:user:${seller.id}`, crashed, 2);
      await redis.hset(`chat:online:room:${room.id}:user:${seller.id}`, crashed, 1);

      const buyerSocket = await connect(api, { token: buyer.accessToken });
      const before = await ask<{ online: string[] }>(buyerSocket, 'room:join', {
        roomId: room.id,
      });
      if (!before.ok) throw new Error('join failed');
      expect(before.data.online.sort()).toEqual([buyer.id, seller.id].sort());

      await pause(700);
      const after = await ask<{ online: string[] }>(buyerSocket, 'room:join', {
        roomId: room.id,
      });
      if (!after.ok) throw new Error('join failed');
      expect(after.data.online).toEqual([buyer.id]);

      // The message's event records the seller as offline (a crashed instance's sockets lapsed).
      const sent = await ask<MessageBody>(buyerSocket, 'message:send', {
        roomId: room.id,
        clientMessageId: 'after-crash',
        text: 'Halo?',
      });
      if (!sent.ok) throw new Error('send failed');
      const [event] = await api.app
        .get(MikroORM)
        .em.fork()
        .getConnection()
        .execute<{ payload: { recipients: unknown } }[]>(
          `select payload from shared.outbox where type = 'chat.message-posted' and payload->>'messageId' = ?`,
          [sent.data.id],
        );
      expect(event.payload.recipients).toEqual([{ userId: seller.id, online: false }]);

      // The seller's next socket in the room is their first one alive there.
      const online = next(buyerSocket, 'presence');
      const sellerSocket = await connect(api, { token: seller.accessToken });
      await ask(sellerSocket, 'room:join', { roomId: room.id });
      expect(await online).toEqual({ roomId: room.id, userId: seller.id, online: true });
    });

    it('leaves a room: no more messages from it', async () => {
      const buyer = await connect(api, { token: world.buyer.accessToken });
      const seller = await connect(api, { token: world.seller.accessToken });
      await ask(buyer, 'room:join', { roomId: world.room.id });
      await ask(seller, 'room:join', { roomId: world.room.id });
      expect(await ask(seller, 'room:leave', { roomId: world.room.id })).toEqual({
        ok: true,
        data: {},
      });
      const received = record(seller, 'message:new');
      await ask(buyer, 'message:send', {
        roomId: world.room.id,
        clientMessageId: randomUUID(),
        text: 'anyone?',
      });
      await pause(300);
      expect(received).toHaveLength(0);
    });
  });
});
