import { Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';
import { Presence } from '../../application/ports/presence';

// Keys (under the shared client's REDIS_PREFIX): a socket count per user, and per room a hash
// of user id → sockets of that user in the room.
const userKey = (userId: string) => `chat:presence:user:${userId}`;
const roomKey = (roomId: string) => `chat:presence:room:${roomId}`;

// Decrements and removes at zero in one step, so a socket connecting meanwhile is never lost.
const DECREMENT_USER = `local n = redis.call('DECR', KEYS[1])
if n <= 0 then redis.call('DEL', KEYS[1]) end
return n`;
const DECREMENT_ROOM = `local n = redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
if n <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return n`;

/** Presence in Redis, so every API instance sees the sockets of the others. */
@Injectable()
export class RedisPresence extends Presence {
  constructor(private readonly redis: Redis) {
    super();
  }

  async connected(userId: string): Promise<void> {
    await this.redis.incr(userKey(userId));
  }

  async disconnected(userId: string): Promise<void> {
    await this.redis.eval(DECREMENT_USER, 1, userKey(userId));
  }

  async joinedRoom(roomId: string, userId: string): Promise<boolean> {
    return (await this.redis.hincrby(roomKey(roomId), userId, 1)) === 1;
  }

  async leftRoom(roomId: string, userId: string): Promise<boolean> {
    const left = await this.redis.eval(DECREMENT_ROOM, 1, roomKey(roomId), userId);
    return Number(left) <= 0;
  }

  async onlineAmong(userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const counts = await this.redis.mget(...userIds.map(userKey));
    return new Set(userIds.filter((_, index) => Number(counts[index] ?? 0) > 0));
  }
}
