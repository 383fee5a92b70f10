import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { AppConfig, REALTIME_NAMESPACE, socketIoRedisKey, userRoom } from '@pasar/shared';
import { NotificationView } from '../../application/queries/get-notification/notification.view';

/**
 * Pushes to a user's sockets from the worker: publishes to the Redis channels the API
 * instances' Socket.IO adapter listens on (its own client: channel names take no key prefix).
 * The emitter fires its PUBLISH and forgets it; `push` awaits it instead, so a failed publish
 * fails the job (and BullMQ retries it) rather than rejecting unhandled.
 */
@Injectable()
export class NotificationEmitter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly emitter: Emitter;
  /** The PUBLISH the emitter sent last (it sends it synchronously inside `emit`). */
  private published: Promise<number> = Promise.resolve(0);

  constructor(config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    const client = {
      publish: (channel: string, message: string | Buffer) =>
        (this.published = this.redis.publish(channel, message)),
    };
    this.emitter = new Emitter(client, { key: socketIoRedisKey(config) }).of(REALTIME_NAMESPACE);
  }

  async push(userId: string, notification: NotificationView): Promise<void> {
    this.emitter.to(userRoom(userId)).emit('notification', notification);
    await this.published;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
