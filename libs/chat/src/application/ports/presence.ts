/**
 * Who is connected, across every API instance. Kept in Redis by the gateway; read when a
 * message is stored (are its recipients online?) and when someone joins a room.
 */
export abstract class Presence {
  /** Counts a new socket of the user. */
  abstract connected(userId: string): Promise<void>;
  /** Uncounts a socket of the user. */
  abstract disconnected(userId: string): Promise<void>;
  /** Counts a socket of the user in the room; true when it is the user's first one there. */
  abstract joinedRoom(roomId: string, userId: string): Promise<boolean>;
  /** Uncounts a socket of the user in the room; true when it was the user's last one there. */
  abstract leftRoom(roomId: string, userId: string): Promise<boolean>;
  /** Those of `userIds` with at least one connected socket. */
  abstract onlineAmong(userIds: string[]): Promise<Set<string>>;
  /** Removes what is kept about the user, online and in these rooms (their account was deleted). */
  abstract forget(userId: string, roomIds: string[]): Promise<void>;
}
