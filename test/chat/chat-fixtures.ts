// Helpers shared by the chat end-to-end specs: a shop and a buyer with a room, Socket.IO clients.
import { io, Socket } from 'socket.io-client';
import { openShop, ShopBody } from '../shops/shops-fixtures';
import { signUp, TestApi, TestUser } from '../support/test-api';

export type Ack<T = Record<string, unknown>> =
  { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface MessageBody {
  id: string;
  roomId: string;
  seq: number;
  senderId: string;
  senderRole: string;
  clientMessageId: string;
  text: string;
  createdAt: string;
}

export interface RoomBody {
  id: string;
  buyerId: string;
  shopId: string;
  shopName: string;
  orderId: string | null;
  createdAt: string;
  lastMessage: MessageBody | null;
  lastSeq: number;
  lastReadSeq: number;
  unreadCount: number;
}

export interface ChatWorld {
  seller: TestUser;
  shop: ShopBody;
  buyer: TestUser;
  room: RoomBody;
}

/** A seller's shop and a buyer who opened a room with it (through REST). */
export async function chatWorld(api: TestApi): Promise<ChatWorld> {
  const seller = await signUp(api, 'seller');
  const shop = await openShop(api, seller);
  const buyer = await signUp(api, 'buyer');
  const room = await openRoom(api, buyer, shop.id);
  return { seller, shop, buyer, room };
}

export async function openRoom(
  api: TestApi,
  buyer: TestUser,
  shopId: string,
  orderId?: string,
): Promise<RoomBody> {
  const res = await api
    .http()
    .post('/chat/rooms')
    .set(buyer.auth)
    .send(orderId ? { shopId, orderId } : { shopId });
  expect([200, 201]).toContain(res.status);
  return res.body as RoomBody;
}

const sockets: Socket[] = [];

/** A socket on /chat, connected (or rejected with the connect_error) before it resolves. */
export function connect(
  api: TestApi,
  options: {
    token?: string;
    headers?: Record<string, string>;
    /** Rooms to resume: room id → the last seq the client has. */
    rooms?: unknown;
    /** Listeners to attach before connecting (what the server sends at connect). */
    listen?: (socket: Socket) => void;
  } = {},
): Promise<Socket> {
  const auth: Record<string, unknown> = {};
  if (options.token !== undefined) auth.token = options.token;
  if (options.rooms !== undefined) auth.rooms = options.rooms;
  const socket = io(`${api.baseUrl}/chat`, {
    auth,
    extraHeaders: options.headers,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  options.listen?.(socket);
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Closes every socket `connect` opened. */
export function closeSockets(): void {
  for (const socket of sockets.splice(0)) socket.close();
}

/** Emits with an ack and answers the ack. */
export function ask<T = Record<string, unknown>>(
  socket: Socket,
  event: string,
  ...payload: unknown[]
): Promise<Ack<T>> {
  return socket.timeout(5_000).emitWithAck(event, ...payload) as Promise<Ack<T>>;
}

/** The next `event` on the socket that passes `match`. */
export function next<T>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Collects every `event` the socket receives from now on. */
export function record<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
