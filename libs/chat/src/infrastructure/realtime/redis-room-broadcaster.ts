import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { AppConfig, REALTIME_NAMESPACE, socketIoRedisKey } from '@pasar/shared';
import { MESSAGE_STORED, RoomBroadcaster } from '../../application/ports/room-broadcaster';
import { MessageView } from '../../application/queries/get-room/message.view';

/**
 * Tells every API instance, from the worker, that a message was stored (the server-side event
 * the gateways deliver in seq order): publishes to the Redis channel the instances' Socket.IO
 * adapter listens on (its own client: channel names take no key
 * prefix). The PUBLISH is awaited, so a failed publish fails the job instead of vanishing.
 */
@Injectable()
export class RedisRoomBroadcaster extends RoomBroadcaster implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly emitter: Emitter;
  /** The PUBLISH the emitter sent last (it sends it synchronously inside `emit`). */
  private published: Promise<number> = Promise.resolve(0);

  constructor(config: AppConfig) {
    super();
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    const client = {
      publish: (channel: string, message: string | Buffer) =>
        (this.published = this.redis.publish(channel, message)),
    };
    this.emitter = new Emitter(client, { key: socketIoRedisKey(config) }).of(REALTIME_NAMESPACE);
  }

  async messagePosted(message: MessageView): Promise<void> {
    this.emitter.serverSideEmit(MESSAGE_STORED, message);
    await this.published;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
