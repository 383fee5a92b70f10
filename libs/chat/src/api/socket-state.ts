import type { Socket } from 'socket.io';
import { Actor } from '@pasar/shared';
import { ChatRateLimitedError } from '../domain/room/chat.errors';
import { RoomFeed } from './room-feed';

/** What the gateway keeps on each authenticated socket. */
export interface SocketState {
  actor: Actor;
  /** Chat rooms this socket joined: how its user takes part, and what it has been given. */
  rooms: Map<string, RoomFeed>;
  /** Rooms to resume at connect (from the handshake): room id → the last seq the client has. */
  resume: Map<string, number>;
  /** The fixed window of the `message:send` rate limit. */
  sends: SendWindow;
  /** When this socket last forwarded `typing: true`, per room. */
  typedAt: Map<string, number>;
  expiry?: NodeJS.Timeout;
}

export interface SendWindow {
  windowStartedAt: number;
  count: number;
}

export type ChatSocket = Socket & { data: SocketState };

/** The Socket.IO room of a chat room (user rooms are `user:<id>`). */
export const channel = (roomId: string) => `room:${roomId}`;

/**
 * Spends one send of a socket's fixed window: at most `sendLimit` sends per `sendWindowMs`,
 * beyond which it throws ChatRateLimitedError.
 */
export function spendSend(
  sends: SendWindow,
  { sendLimit, sendWindowMs }: { sendLimit: number; sendWindowMs: number },
  now: number,
): void {
  if (now - sends.windowStartedAt >= sendWindowMs) {
    sends.windowStartedAt = now;
    sends.count = 0;
  }
  if (sends.count >= sendLimit) throw new ChatRateLimitedError(sendLimit, sendWindowMs);
  sends.count += 1;
}
