import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { AppConfig, REALTIME_NAMESPACE, socketIoRedisKey, userRoom } from '@pasar/shared';
import { ChatEraser } from '../../application/ports/chat-eraser';

/**
 * Runs first: closes the user's open chat sockets on every API instance (through the Socket.IO
 * Redis adapter's channels), so a socket opened before the deletion cannot write new messages
 * after the texts are erased. Its token is already revoked, so it cannot connect again.
 */
@Injectable()
export class OpenSocketsEraser implements ChatEraser, OnModuleDestroy {
  readonly name = 'open sockets';
  private readonly redis: Redis;
  private readonly emitter: Emitter;
  /** The PUBLISH the emitter sent last (it sends it synchronously). */
  private published: Promise<number> = Promise.resolve(0);

  constructor(config: AppConfig) {
    // Its own client: the adapter's channel names take no key prefix.
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    const client = {
      publish: (channel: string, message: string | Buffer) =>
        (this.published = this.redis.publish(channel, message)),
    };
    this.emitter = new Emitter(client, { key: socketIoRedisKey(config) }).of(REALTIME_NAMESPACE);
  }

  async erase(userId: string, _now: Date, _em: EntityManager): Promise<void> {
    this.emitter.in(userRoom(userId)).disconnectSockets(true);
    await this.published;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
