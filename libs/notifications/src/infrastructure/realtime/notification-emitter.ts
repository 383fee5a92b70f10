import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { AppConfig, REALTIME_NAMESPACE, socketIoRedisKey, userRoom } from '@pasar/shared';
import { NotificationView } from '../../application/queries/get-notification/notification.view';

/**
 * Pushes to a user's sockets from the worker: publishes to the Redis channels the API
 * instances' Socket.IO adapter listens on (its own client: channel names take no key prefix).
 */
@Injectable()
export class NotificationEmitter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly emitter: Emitter;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    this.emitter = new Emitter(this.redis, { key: socketIoRedisKey(config) }).of(
      REALTIME_NAMESPACE,
    );
  }

  push(userId: string, notification: NotificationView): void {
    this.emitter.to(userRoom(userId)).emit('notification', notification);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
