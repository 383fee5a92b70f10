/**
 * `chat-reconnect`: a reconnect storm while messages flow.
 *
 * Buyers registered through the API (default 1,000) each open a room with one of the seeded
 * shops (round-robin) and keep one socket joined to it; each shop owner has one socket joined to
 * all of its shops' rooms, and those owner sockets send messages at a steady rate (default 500/s,
 * round-robin over the rooms) for the whole run. After a few seconds every buyer socket drops at
 * once; a moment later all of them reconnect at once, each naming its room and the last seq it
 * received in the handshake (`auth.rooms`), while the sending goes on.
 *
 * Reported: catch-up time per client (from its reconnect until it holds every message acked in
 * its room before it reconnected, and got `room:synced`) p50/p99/max, and, over the whole run,
 * messages lost (acked but never received by the buyer) and duplicated (received twice). It
 * asserts no timing; `problem` is set if any message was lost or duplicated.
 *
 * Env: BENCH_RECONNECT_CLIENTS (default 1000), BENCH_RECONNECT_RATE (messages/s, default 500),
 * BENCH_RECONNECT_SECONDS (seconds of sending, default 12; the drop comes after a third of it).
 */
import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { envInteger } from '@pasar/shared';
import { FlowOutcome, Http, inParallel } from './checkout-flows';
import { Ack, percentiles, registerBuyers, round, shopOwners, Side, sleep } from './chat-flow';

export interface ReconnectOptions {
  clients: number;
  rate: number;
  seconds: number;
}

interface Client {
  buyer: Side;
  roomId: string;
  socket: Socket;
  /** Every seq this buyer received in its room, in arrival order, across both connections. */
  seqs: number[];
  /** Set at reconnect: the seq to hold and when the reconnect began. */
  target?: number;
  reconnectedAt?: number;
  synced?: boolean;
  caughtUpMs?: number;
}

const ACK_TIMEOUT_MS = 15_000;
const TICK_MS = 5;
/** How long the buyers stay away before reconnecting. */
const AWAY_MS = 1_000;
const CATCH_UP_TIMEOUT_MS = 60_000;

export function reconnectOptions(env: NodeJS.ProcessEnv = process.env): ReconnectOptions {
  return {
    clients: envInteger(env, 'BENCH_RECONNECT_CLIENTS', 1000, 1, 10_000),
    rate: envInteger(env, 'BENCH_RECONNECT_RATE', 500, 1, 100_000),
    seconds: envInteger(env, 'BENCH_RECONNECT_SECONDS', 12, 3, 600),
  };
}

export async function chatReconnectStorm(
  baseUrl: string,
  databaseUrl: string,
  options: ReconnectOptions = reconnectOptions(),
): Promise<FlowOutcome> {
  const http = new Http(baseUrl);
  const shops = await shopOwners(http, databaseUrl);
  const buyers = await registerBuyers(http, options.clients);
  const owners = new Map<string, { side: Side; rooms: string[]; socket?: Socket }>();
  const clients: Client[] = [];
  try {
    await inParallel([...buyers.keys()], 16, async (index) => {
      const buyer = buyers[index];
      const shop = shops[index % shops.length];
      const { body } = await http.call<{ id: string }>('POST', '/chat/rooms', {
        headers: { authorization: `Bearer ${buyer.token}` },
        body: { shopId: shop.shopId },
        expect: [201],
      });
      const owner = owners.get(shop.owner.userId) ?? { side: shop.owner, rooms: [] };
      owner.rooms.push(body.id);
      owners.set(shop.owner.userId, owner);
      const client: Client = { buyer, roomId: body.id, socket: undefined!, seqs: [] };
      client.socket = await connected(baseUrl, buyer.token, {}, (socket) => listen(socket, client));
      await joined(client.socket, body.id);
      clients.push(client);
    });
    for (const owner of owners.values()) {
      owner.socket = await connected(baseUrl, owner.side.token, {});
      for (const roomId of owner.rooms) await joined(owner.socket, roomId);
    }
    const senders = clients.map((client) => {
      const owner = [...owners.values()].find((o) => o.rooms.includes(client.roomId))!;
      return { roomId: client.roomId, socket: owner.socket! };
    });

    const acked = new Map<string, number>();
    const sending = send(senders, options, acked);
    await sleep((options.seconds * 1000) / 3);
    for (const client of clients) client.socket.close();
    await sleep(AWAY_MS);
    const reconnectedAt = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        const lastSeq = Math.max(0, ...client.seqs);
        client.target = acked.get(client.roomId) ?? 0;
        client.reconnectedAt = reconnectedAt;
        client.socket = await connected(
          baseUrl,
          client.buyer.token,
          { [client.roomId]: lastSeq },
          (socket) => listen(socket, client),
        );
      }),
    );
    const deadline = performance.now() + CATCH_UP_TIMEOUT_MS;
    while (clients.some((c) => c.caughtUpMs === undefined) && performance.now() < deadline) {
      await sleep(20);
    }
    const run = await sending;
    // Let the last messages arrive before counting.
    await settle(clients, acked);

    let lost = 0;
    let duplicated = 0;
    for (const client of clients) {
      const received = new Set(client.seqs);
      duplicated += client.seqs.length - received.size;
      const last = acked.get(client.roomId) ?? 0;
      for (let seq = 1; seq <= last; seq++) if (!received.has(seq)) lost += 1;
    }
    const catchUps = clients.flatMap((c) => (c.caughtUpMs === undefined ? [] : [c.caughtUpMs]));
    const pct = percentiles(catchUps);
    const problems = [
      lost > 0 ? `${lost} message(s) never reached their buyer` : '',
      duplicated > 0 ? `${duplicated} message(s) reached their buyer twice` : '',
      catchUps.length < clients.length
        ? `${clients.length - catchUps.length} client(s) never caught up`
        : '',
    ].filter(Boolean);
    return {
      name: 'chat-reconnect',
      description:
        `${clients.length} buyers drop and reconnect at once (after ${AWAY_MS} ms away) while ` +
        `${owners.size} shop owners send ${options.rate} msg/s over their rooms`,
      figures: {
        'catch-up p50 ms': round(pct(0.5)),
        'catch-up p99 ms': round(pct(0.99)),
        'catch-up max ms': round(pct(1)),
        'clients caught up': catchUps.length,
        'messages acked': run.acked,
        'send errors': JSON.stringify(run.errors),
        lost,
        duplicated,
        'reconnect storm started at s': round((reconnectedAt - run.startedAt) / 1000),
      },
      problem: problems.length > 0 ? problems.join('; ') : undefined,
    };
  } finally {
    for (const client of clients) client.socket?.close();
    for (const owner of owners.values()) owner.socket?.close();
  }
}

/** Records the buyer's messages and notices when a reconnected buyer has caught up. */
function listen(socket: Socket, client: Client): void {
  const check = () => {
    if (client.caughtUpMs !== undefined || client.reconnectedAt === undefined) return;
    if (!client.synced) return;
    const held = new Set(client.seqs);
    for (let seq = 1; seq <= client.target!; seq++) if (!held.has(seq)) return;
    client.caughtUpMs = performance.now() - client.reconnectedAt;
  };
  socket.on('message:new', (message: { roomId: string; seq: number }) => {
    if (message.roomId !== client.roomId) return;
    client.seqs.push(message.seq);
    check();
  });
  socket.on('room:synced', ({ roomId }: { roomId: string }) => {
    if (roomId !== client.roomId) return;
    client.synced = true;
    check();
  });
}

/** The owners' sockets send at the target rate; each ack's seq is the room's newest known. */
async function send(
  senders: { roomId: string; socket: Socket }[],
  options: ReconnectOptions,
  acked: Map<string, number>,
): Promise<{ acked: number; errors: Record<string, number>; startedAt: number }> {
  const errors: Record<string, number> = {};
  let count = 0;
  const pending: Promise<void>[] = [];
  const startedAt = performance.now();
  const total = options.rate * options.seconds;
  let due = 0;
  while (due < total) {
    const target = Math.min(
      total,
      Math.floor(((performance.now() - startedAt) / 1000) * options.rate),
    );
    for (; due < target; due++) {
      const { roomId, socket } = senders[due % senders.length];
      pending.push(
        socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('message:send', {
            roomId,
            clientMessageId: `storm-${due}-${randomUUID()}`,
            text: `Storm message ${due}`,
          })
          .then(
            (ack: Ack<{ seq: number }>) => {
              if (!ack.ok) {
                errors[ack.error.code] = (errors[ack.error.code] ?? 0) + 1;
                return;
              }
              count += 1;
              acked.set(roomId, Math.max(acked.get(roomId) ?? 0, ack.data.seq));
            },
            () => {
              errors.TIMEOUT = (errors.TIMEOUT ?? 0) + 1;
            },
          ),
      );
    }
    await sleep(TICK_MS);
  }
  await Promise.all(pending);
  return { acked: count, errors, startedAt };
}

/** Waits (bounded) until every buyer holds its room's newest acked message. */
async function settle(clients: Client[], acked: Map<string, number>): Promise<void> {
  const deadline = performance.now() + 10_000;
  const behind = () => clients.some((c) => Math.max(0, ...c.seqs) < (acked.get(c.roomId) ?? 0));
  while (behind() && performance.now() < deadline) await sleep(50);
}

function connected(
  baseUrl: string,
  token: string,
  rooms: Record<string, number>,
  before?: (socket: Socket) => void,
): Promise<Socket> {
  const socket = io(`${baseUrl}/chat`, {
    auth: { token, rooms },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  before?.(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(
        new Error(
          `chat-reconnect: socket refused (${error.message} ${JSON.stringify(error.data)})`,
        ),
      );
    });
  });
}

async function joined(socket: Socket, roomId: string): Promise<void> {
  const ack = (await socket
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('room:join', { roomId })) as Ack<unknown>;
  if (!ack.ok) throw new Error(`chat-reconnect: room:join answered ${ack.error.code}`);
}
