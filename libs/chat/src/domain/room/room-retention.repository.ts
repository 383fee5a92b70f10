import { ChatRoom } from './chat-room.aggregate';

/**
 * DI token and port for retention's set-based work over many rooms at a time; each call takes
 * short row locks only (SKIP LOCKED: a room someone else holds waits for the next run).
 */
export abstract class RoomRetentionRepository {
  /**
   * Closes up to `limit` open rooms created before `idleSince` with no message since then, at
   * `now`; returns how many it closed.
   */
  abstract closeIdle(idleSince: Date, now: Date, limit: number): Promise<number>;
  /**
   * Up to `limit` rooms closed before `closedBefore`, not on hold and not purged since, locked
   * until the transaction ends (call inside one), skipping rooms another transaction holds.
   */
  abstract lockDueForPurge(closedBefore: Date, limit: number): Promise<ChatRoom[]>;
  /** Deletes the rooms' messages and read markers (within the caller's transaction). */
  abstract eraseHistory(roomIds: string[]): Promise<void>;
}
