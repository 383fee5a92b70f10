/**
 * `chat`: realtime chat under load.
 *
 * Buyers registered through the API (default 500) each open a room with one of the seeded shops
 * (round-robin); every room gets two sockets on the /chat namespace, the buyer's and one of the
 * shop owner's (1,000 sockets), each joined to its room. Messages then go out at a steady target
 * rate (default 2,000/s), round-robin over the rooms and alternately from the buyer's and the
 * seller's side, each a `message:send` with an ack. At most BENCH_CHAT_IN_FLIGHT sends wait for
 * their ack at once: when the server falls that far behind, the generator skips sends rather than
 * queue them, so the achieved rate is what the server sustains.
 *
 * Reported: sent (acked) and delivered messages/s, delivery latency p50/p99/max (the send call →
 * `message:new` on the other side's socket), ack errors and timeouts, how many acked messages
 * are stored in chat.messages, and the CPU of the measured run: the API's and Postgres's per
 * message, and how busy the machine's cores were (bench/machine-cpu.ts). It asserts no timing;
 * `problem` is set only if messages were lost: acked but not stored, or acked but never
 * delivered to the other side.
 *
 * Env: BENCH_CHAT_ROOMS (default 500), BENCH_CHAT_RATE (messages/s, default 2000),
 * BENCH_CHAT_SECONDS (seconds of sending, default 20), BENCH_CHAT_WARMUP (seconds of sending
 * before, not measured, default 3), BENCH_CHAT_IN_FLIGHT (default 1000).
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import { envInteger } from '@pasar/shared';
import { DEMO_PASSWORD } from '../apps/cli/src/demo-seeder';
import { FlowOutcome, Http, inParallel, login, perUnit } from './checkout-flows';
import { cpuFigures, sampleCpu } from './machine-cpu';

export interface ChatFlowOptions {
  rooms: number;
  /** Target messages per second, over all rooms. */
  rate: number;
  seconds: number;
  /** Seconds of sending at the target rate before the measured run (not counted). */
  warmupSeconds: number;
  inFlight: number;
}

export interface Side {
  userId: string;
  token: string;
}

interface Room {
  id: string;
  buyer: Side;
  seller: Side;
  sockets: { buyer: Socket; seller: Socket };
}

export type Ack<T> =
  { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

interface MessageView {
  id: string;
  roomId: string;
  senderId: string;
  clientMessageId: string;
}

const ACK_TIMEOUT_MS = 15_000;
const TICK_MS = 5;
/** After the last send: the longest wait for outstanding acks, then for missing deliveries. */
const DRAIN_MS = 30_000;
const DELIVERY_GRACE_MS = 10_000;

/** The flow's settings from BENCH_CHAT_* (see the header). */
export function chatFlowOptions(env: NodeJS.ProcessEnv = process.env): ChatFlowOptions {
  return {
    rooms: envInteger(env, 'BENCH_CHAT_ROOMS', 500, 1, 10_000),
    rate: envInteger(env, 'BENCH_CHAT_RATE', 2000, 1, 100_000),
    seconds: envInteger(env, 'BENCH_CHAT_SECONDS', 20, 1, 600),
    warmupSeconds: envInteger(env, 'BENCH_CHAT_WARMUP', 3, 0, 600),
    inFlight: envInteger(env, 'BENCH_CHAT_IN_FLIGHT', 1000, 1, 100_000),
  };
}

export async function chatFlow(
  baseUrl: string,
  databaseUrl: string,
  options: ChatFlowOptions = chatFlowOptions(),
  serverCpuMicros: () => number | null = () => null,
): Promise<FlowOutcome> {
  const http = new Http(baseUrl);
  const setupStarted = performance.now();
  const sellers = await shopOwners(http, databaseUrl);
  const buyers = await registerBuyers(http, options.rooms);
  const rooms: Room[] = [];
  const opened: Socket[] = [];
  const joined = async (token: string, roomId: string) => {
    const socket = await joinedSocket(baseUrl, token, roomId);
    opened.push(socket);
    return socket;
  };
  try {
    await inParallel([...buyers.keys()], 16, async (index) => {
      const buyer = buyers[index];
      const shop = sellers[index % sellers.length];
      const { body } = await http.call<{ id: string }>('POST', '/chat/rooms', {
        headers: { authorization: `Bearer ${buyer.token}` },
        body: { shopId: shop.shopId },
        expect: [201],
      });
      const sockets = {
        buyer: await joined(buyer.token, body.id),
        seller: await joined(shop.owner.token, body.id),
      };
      rooms.push({ id: body.id, buyer, seller: shop.owner, sockets });
    });
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const warmup =
      options.warmupSeconds > 0
        ? await exchange(rooms, { ...options, seconds: options.warmupSeconds })
        : null;
    const cpuBefore = serverCpuMicros();
    const machineBefore = sampleCpu();
    const run = await exchange(rooms, options);
    const machineAfter = sampleCpu();
    const cpuAfter = serverCpuMicros();
    const persisted = await storedCount(databaseUrl, run.ackedIds);
    const acked = run.ackedIds.length;
    const lost = [
      persisted < acked ? `${acked - persisted} acked message(s) not in chat.messages` : '',
      run.undelivered > 0 ? `${run.undelivered} acked message(s) never reached the other side` : '',
      warmup && warmup.undelivered > 0
        ? `${warmup.undelivered} acked warm-up message(s) never reached the other side`
        : '',
    ].filter(Boolean);
    const pct = percentiles(run.latencies);
    return {
      name: 'chat',
      description:
        `${rooms.length} rooms (buyer + shop owner, ${rooms.length * 2} sockets), ` +
        `message:send at a target ${options.rate}/s for ${options.warmupSeconds} s warm-up + ` +
        `${options.seconds} s measured, both directions`,
      figures: {
        'sent (acked) msg/s': round(acked / run.sendSeconds),
        'delivered msg/s': round(run.latencies.length / run.deliverSeconds),
        'latency p50 ms': round(pct(0.5)),
        'latency p99 ms': round(pct(0.99)),
        'latency max ms': round(pct(1)),
        'API CPU µs per acked message': perUnit(cpuBefore, cpuAfter, run.ackedIds.length),
        ...cpuFigures(machineBefore, machineAfter, run.ackedIds.length, 'acked message'),
        'target msg/s': options.rate,
        sent: run.sent,
        acked,
        delivered: run.latencies.length,
        persisted,
        'skipped (in-flight cap)': run.skipped,
        'ack errors': JSON.stringify(run.errors),
        'ack timeouts': run.timeouts,
        'setup s': round(setupSeconds),
      },
      problem: lost.length > 0 ? lost.join('; ') : undefined,
    };
  } finally {
    for (const socket of opened) socket.close();
  }
}

/** Active shops with their owner signed in, one session per owner. */
export async function shopOwners(
  http: Http,
  databaseUrl: string,
): Promise<{ shopId: string; owner: Side }[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let rows: { shop_id: string; owner_id: string; email: string }[];
  try {
    ({ rows } = await client.query(
      `select s.id as shop_id, u.id as owner_id, u.email from shops.shops s
         join identity.users u on u.id = s.owner_id
        where s.active order by s.slug`,
    ));
  } finally {
    await client.end();
  }
  if (rows.length === 0) throw new Error('chat: no active shop in the database');
  const owners = new Map<string, Side>();
  for (const row of rows) {
    if (owners.has(row.owner_id)) continue;
    const { authorization } = await login(http, row.email, DEMO_PASSWORD);
    owners.set(row.owner_id, {
      userId: row.owner_id,
      token: authorization.slice('Bearer '.length),
    });
  }
  return rows.map((row) => ({ shopId: row.shop_id, owner: owners.get(row.owner_id)! }));
}

export async function registerBuyers(http: Http, count: number): Promise<Side[]> {
  const run = randomUUID().slice(0, 8);
  const password = 'bench-buyer-password';
  return inParallel([...Array(count).keys()], 8, async (index) => {
    const email = `chat-${run}-${index}@bench.pasar.local`;
    const { body } = await http.call<{ id: string }>('POST', '/auth/register', {
      body: { email, password, name: `Chat Buyer ${index}`, role: 'buyer' },
      expect: [201],
    });
    const { authorization } = await login(http, email, password);
    return { userId: body.id, token: authorization.slice('Bearer '.length) };
  });
}

/** A socket of its own (no multiplexing) on /chat, connected and joined to `roomId`. */
async function joinedSocket(baseUrl: string, token: string, roomId: string): Promise<Socket> {
  const socket = io(`${baseUrl}/chat`, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(new Error(`chat: socket refused (${error.message} ${JSON.stringify(error.data)})`));
    });
  });
  const ack = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('room:join', { roomId })) as Ack<{
    room: { id: string };
  }>;
  if (!ack.ok) {
    socket.close();
    throw new Error(`chat: room:join answered ${ack.error.code}: ${ack.error.message}`);
  }
  return socket;
}

interface Run {
  sent: number;
  skipped: number;
  ackedIds: string[];
  errors: Record<string, number>;
  timeouts: number;
  /** Delivery latency of each message that reached the other side, in ms. */
  latencies: number[];
  /** Acked messages that never reached the other side. */
  undelivered: number;
  /** From the first send to the last ack, and to the last delivery. */
  sendSeconds: number;
  deliverSeconds: number;
}

/** Sends at the target rate for the configured time, then waits for acks and deliveries. */
async function exchange(rooms: Room[], options: ChatFlowOptions): Promise<Run> {
  const sentAt = new Map<string, number>();
  const delivered = new Set<string>();
  const acked = new Set<string>();
  const run: Run = {
    sent: 0,
    skipped: 0,
    ackedIds: [],
    errors: {},
    timeouts: 0,
    latencies: [],
    undelivered: 0,
    sendSeconds: 0,
    deliverSeconds: 0,
  };
  let lastDelivery = 0;
  let lastAck = 0;
  const listeners: [Socket, (message: MessageView) => void][] = [];
  for (const room of rooms) {
    for (const [socket, self] of [
      [room.sockets.buyer, room.buyer],
      [room.sockets.seller, room.seller],
    ] as const) {
      const listener = (message: MessageView) => {
        // The sender's own sockets get the broadcast too; only the other side's copy counts.
        if (message.roomId !== room.id || message.senderId === self.userId) return;
        const started = sentAt.get(message.clientMessageId);
        if (started === undefined || delivered.has(message.clientMessageId)) return;
        delivered.add(message.clientMessageId);
        lastDelivery = performance.now();
        run.latencies.push(lastDelivery - started);
      };
      socket.on('message:new', listener);
      listeners.push([socket, listener]);
    }
  }

  let inFlight = 0;
  const send = (index: number) => {
    const room = rooms[index % rooms.length];
    const fromBuyer = Math.floor(index / rooms.length) % 2 === 0;
    const socket = fromBuyer ? room.sockets.buyer : room.sockets.seller;
    const clientMessageId = `bench-${index}-${randomUUID()}`;
    inFlight += 1;
    run.sent += 1;
    sentAt.set(clientMessageId, performance.now());
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('message:send', {
        roomId: room.id,
        clientMessageId,
        text: `Bench message ${index} from the ${fromBuyer ? 'buyer' : 'seller'}`,
      })
      .then(
        (ack: Ack<MessageView>) => {
          if (ack.ok) {
            lastAck = performance.now();
            run.ackedIds.push(ack.data.id);
            acked.add(clientMessageId);
          } else {
            run.errors[ack.error.code] = (run.errors[ack.error.code] ?? 0) + 1;
          }
        },
        () => (run.timeouts += 1),
      )
      .finally(() => (inFlight -= 1));
  };

  const started = performance.now();
  const total = options.rate * options.seconds;
  let due = 0;
  while (due < total) {
    const elapsed = (performance.now() - started) / 1000;
    const target = Math.min(total, Math.floor(elapsed * options.rate));
    for (; due < target; due++) {
      if (inFlight < options.inFlight) send(due);
      else run.skipped += 1;
    }
    await sleep(TICK_MS);
  }
  const drainUntil = performance.now() + DRAIN_MS;
  while (inFlight > 0 && performance.now() < drainUntil) await sleep(TICK_MS);
  const missing = () => [...acked].filter((id) => !delivered.has(id)).length;
  const graceUntil = performance.now() + DELIVERY_GRACE_MS;
  while (missing() > 0 && performance.now() < graceUntil) await sleep(100);
  run.undelivered = missing();
  for (const [socket, listener] of listeners) socket.off('message:new', listener);
  const since = (end: number) => (Math.max(end, started + 1) - started) / 1000;
  run.sendSeconds = since(lastAck);
  run.deliverSeconds = since(lastDelivery);
  return run;
}

async function storedCount(databaseUrl: string, ids: string[]): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ stored: number }>(
      'select count(*)::int as stored from chat.messages where id = any($1::uuid[])',
      [ids],
    );
    return rows[0].stored;
  } finally {
    await client.end();
  }
}

export function percentiles(values: number[]): (p: number) => number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return (p) =>
    sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const round = (value: number | null) => (value === null ? '-' : Math.round(value * 10) / 10);
