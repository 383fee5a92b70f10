// Gap-free sync: per-room seq numbers, replay on reconnect (handshake or join) before live
// delivery, across two API instances.
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { startReplica, startTestApi, TestApi } from '../support/test-api';
import { ask, chatWorld, closeSockets, connect, MessageBody, pause, record } from './chat-fixtures';

describe('chat sync (e2e)', () => {
  let api: TestApi;
  let replica: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    replica = await startReplica(api);
  });
  afterEach(() => closeSockets());
  afterAll(async () => {
    await replica.close();
    await api.close();
  });

  async function say(socket: Socket, roomId: string, text: string): Promise<MessageBody> {
    const ack = await ask<MessageBody>(socket, 'message:send', {
      roomId,
      clientMessageId: randomUUID(),
      text,
    });
    if (!ack.ok) throw new Error(`send failed: ${ack.error.code}`);
    return ack.data;
  }

  const seqs = (messages: MessageBody[]) => messages.map((m) => m.seq);
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);

  /** Waits until `seen` holds a message numbered `seq`. */
  async function until(seen: MessageBody[], seq: number, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (!seen.some((m) => m.seq === seq)) {
      if (Date.now() > deadline) throw new Error(`seq ${seq} never arrived: ${seqs(seen)}`);
      await pause(20);
    }
  }

  it('numbers a room’s messages 1, 2, 3… whoever writes them, on any instance', async () => {
    const { room, buyer, seller } = await chatWorld(api);
    const buyerSocket = await connect(api, { token: buyer.accessToken });
    const sellerSocket = await connect(replica, { token: seller.accessToken });
    const sent = await Promise.all([
      ...range(1, 10).map((i) => say(buyerSocket, room.id, `b${i}`)),
      ...range(1, 10).map((i) => say(sellerSocket, room.id, `s${i}`)),
    ]);
    expect(seqs(sent).sort((a, b) => a - b)).toEqual(range(1, 20));
    const history = await api
      .http()
      .get(`/chat/rooms/${room.id}/messages?limit=100`)
      .set(buyer.auth)
      .expect(200);
    expect(seqs(history.body.items)).toEqual(range(1, 20).reverse());
  });

  it('catches a dropped client up exactly, across two instances, while messages keep coming', async () => {
    const { room, buyer, seller } = await chatWorld(api);
    const sellerHere = await connect(api, { token: seller.accessToken });
    const sellerThere = await connect(replica, { token: seller.accessToken });
    const before = await connect(api, { token: buyer.accessToken });
    const live = record<MessageBody>(before, 'message:new');
    await ask(before, 'room:join', { roomId: room.id });
    for (const i of range(1, 3)) await say(sellerHere, room.id, `before ${i}`);
    await until(live, 3);
    before.close();

    // Missed while away, written by both instances at once.
    await Promise.all(
      range(1, 10).map((i) => say(i % 2 ? sellerHere : sellerThere, room.id, `missed ${i}`)),
    );
    // Reconnect to the other instance with the last seq seen, while both keep writing.
    let synced: { roomId: string; lastSeq: number } | undefined;
    const after: MessageBody[] = [];
    const writing = Promise.all(
      range(1, 10).map((i) => say(i % 2 ? sellerThere : sellerHere, room.id, `during ${i}`)),
    );
    await connect(replica, {
      token: buyer.accessToken,
      rooms: { [room.id]: Math.max(...seqs(live)) },
      listen: (socket) => {
        socket.on('message:new', (m: MessageBody) => after.push(m));
        socket.on('room:synced', (s: { roomId: string; lastSeq: number }) => (synced = s));
      },
    });
    await writing;
    await until(after, 23);
    await pause(300);
    expect(seqs(live)).toEqual([1, 2, 3]);
    expect(seqs(after)).toEqual(range(4, 23));
    expect(synced?.roomId).toBe(room.id);
    expect(synced!.lastSeq).toBeGreaterThanOrEqual(13);
    expect(new Set(after.map((m) => m.id)).size).toBe(20);
  });

  it('replays what a join names before acking it, then delivers live; the sender gets its own only in the ack', async () => {
    const { room, buyer, seller } = await chatWorld(api);
    const sellerSocket = await connect(api, { token: seller.accessToken });
    for (const i of range(1, 5)) await say(sellerSocket, room.id, `m${i}`);

    const buyerSocket = await connect(replica, { token: buyer.accessToken });
    const seen = record<MessageBody>(buyerSocket, 'message:new');
    const joined = await ask<{ syncedSeq: number }>(buyerSocket, 'room:join', {
      roomId: room.id,
      lastSeq: 2,
    });
    expect(joined).toMatchObject({ ok: true, data: { syncedSeq: 5 } });
    expect(seqs(seen)).toEqual([3, 4, 5]);

    await ask(sellerSocket, 'room:join', { roomId: room.id });
    const own = record<MessageBody>(sellerSocket, 'message:new');
    await say(sellerSocket, room.id, 'm6');
    const reply = await say(buyerSocket, room.id, 'reply');
    await until(seen, 6);
    await until(own, 7);
    await pause(200);
    expect(seqs(seen)).toEqual([3, 4, 5, 6]);
    expect(own).toEqual([reply]);

    // Joining again changes nothing; without lastSeq a join starts at the newest message.
    const again = await ask(buyerSocket, 'room:join', { roomId: room.id, lastSeq: 0 });
    expect(again).toMatchObject({ ok: true, data: { syncedSeq: 7 } });
    const fresh = await connect(api, { token: buyer.accessToken });
    const freshSeen = record<MessageBody>(fresh, 'message:new');
    expect(await ask(fresh, 'room:join', { roomId: room.id })).toMatchObject({
      ok: true,
      data: { syncedSeq: 7 },
    });
    await pause(200);
    expect(freshSeen).toEqual([]);
  });

  it('answers a retried send with the stored message, its seq unchanged and nothing broadcast twice', async () => {
    const { room, buyer, seller } = await chatWorld(api);
    const buyerSocket = await connect(api, { token: buyer.accessToken });
    const sellerSocket = await connect(replica, { token: seller.accessToken });
    await ask(sellerSocket, 'room:join', { roomId: room.id });
    const heard = record<MessageBody>(sellerSocket, 'message:new');
    const payload = { roomId: room.id, clientMessageId: randomUUID(), text: 'sekali' };
    const first = await ask<MessageBody>(buyerSocket, 'message:send', payload);
    const retry = await ask<MessageBody>(buyerSocket, 'message:send', payload);
    expect(retry).toEqual(first);
    await until(heard, 1);
    await pause(200);
    expect(heard).toHaveLength(1);
  });

  it('reports rooms it cannot resume, and refuses a malformed resume at the handshake', async () => {
    const { room, buyer } = await chatWorld(api);
    const stranger = await chatWorld(api);
    const errors: { roomId: string; error: { code: string } }[] = [];
    const synced: { roomId: string; lastSeq: number }[] = [];
    await connect(api, {
      token: buyer.accessToken,
      rooms: { [room.id]: 0, [stranger.room.id]: 0 },
      listen: (socket) => {
        socket.on('room:error', (e: (typeof errors)[number]) => errors.push(e));
        socket.on('room:synced', (s: (typeof synced)[number]) => synced.push(s));
      },
    });
    await pause(500);
    expect(synced).toEqual([{ roomId: room.id, lastSeq: 0 }]);
    expect(errors).toEqual([
      { roomId: stranger.room.id, error: expect.objectContaining({ code: 'CHAT.ROOM_NOT_FOUND' }) },
    ]);

    for (const rooms of [[room.id], { 'not-a-room': 1 }, { [room.id]: -1 }, { [room.id]: 1.5 }]) {
      await expect(connect(api, { token: buyer.accessToken, rooms })).rejects.toMatchObject({
        data: { code: 'CHAT.INVALID_RESUME' },
      });
    }
  });

  it('serves what a client missed over REST too, oldest first', async () => {
    const { room, buyer, seller } = await chatWorld(api);
    const sellerSocket = await connect(api, { token: seller.accessToken });
    for (const i of range(1, 5)) await say(sellerSocket, room.id, `m${i}`);
    const page = await api
      .http()
      .get(`/chat/rooms/${room.id}/messages/since?afterSeq=1&limit=3`)
      .set(buyer.auth)
      .expect(200);
    expect(seqs(page.body.items)).toEqual([2, 3, 4]);
    expect(page.body.hasMore).toBe(true);
    for (const query of ['', '?afterSeq=-1', '?afterSeq=x', '?afterSeq=0&limit=501']) {
      const bad = await api
        .http()
        .get(`/chat/rooms/${room.id}/messages/since${query}`)
        .set(buyer.auth)
        .expect(400);
      expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
    const outsider = await chatWorld(api);
    await api
      .http()
      .get(`/chat/rooms/${room.id}/messages/since?afterSeq=0`)
      .set(outsider.buyer.auth)
      .expect(404);
  });
});
