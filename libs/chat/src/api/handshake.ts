// What the /chat handshake carries: the access token, and the rooms a reconnecting client resumes.
import { isUUID } from 'class-validator';
import type { Socket } from 'socket.io';

/** At most this many rooms resumed from one handshake. */
const MAX_RESUMED_ROOMS = 100;

/** Handshake refusal as the client sees it: `connect_error` with `message` and `data`. */
export function refusal(code: string, message: string): Error {
  return Object.assign(new Error('UNAUTHENTICATED'), { data: { code, message } });
}

/** The access token from `auth.token`, or from an `Authorization: Bearer` header. */
export function tokenOf(socket: Socket): string | null {
  const auth = socket.handshake.auth as { token?: unknown } | undefined;
  if (typeof auth?.token === 'string' && auth.token.length > 0) return auth.token;
  const header = socket.handshake.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

/**
 * The rooms to resume from `auth.rooms` (an object: room id → the last seq the client has).
 * Anything else there refuses the handshake rather than silently resuming less.
 */
export function resumeOf(socket: Socket): Map<string, number> {
  const rooms = (socket.handshake.auth as { rooms?: unknown } | undefined)?.rooms;
  const resume = new Map<string, number>();
  if (rooms === undefined) return resume;
  const invalid = (message: string) => refusal('CHAT.INVALID_RESUME', `auth.rooms ${message}`);
  if (rooms === null || typeof rooms !== 'object' || Array.isArray(rooms)) {
    throw invalid('must be an object of room id → last seq');
  }
  const entries = Object.entries(rooms as Record<string, unknown>);
  if (entries.length > MAX_RESUMED_ROOMS) {
    throw invalid(`may name at most ${MAX_RESUMED_ROOMS} rooms`);
  }
  for (const [roomId, lastSeq] of entries) {
    if (!isUUID(roomId)) throw invalid(`has a key that is not a room id: ${roomId.slice(0, 40)}`);
    if (!Number.isSafeInteger(lastSeq) || (lastSeq as number) < 0) {
      throw invalid(`[${roomId}] must be a whole number ≥ 0`);
    }
    resume.set(roomId, lastSeq as number);
  }
  return resume;
}
