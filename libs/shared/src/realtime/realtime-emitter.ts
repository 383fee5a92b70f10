import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { REALTIME_NAMESPACE, socketIoRedisKey } from './socket-io';

/**
 * Reaches the API instances' sockets from any process (the worker, jobs): publishes to the Redis
 * channels their Socket.IO adapter listens on, on its own client (channel names take no key
 * prefix). The emitter fires its PUBLISH and forgets it; `send` awaits it instead, so a failed
 * publish fails the caller (a job is retried) rather than rejecting unhandled.
 */
export class RealtimeEmitter {
  private readonly redis: Redis;
  private readonly emitter: Emitter;
  /** The PUBLISH the emitter sent last (it sends it synchronously inside each emit). */
  private published: Promise<number> = Promise.resolve(0);

  constructor(config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3 });
    const client = {
      publish: (channel: string, message: string | Buffer) =>
        (this.published = this.redis.publish(channel, message)),
    };
    this.emitter = new Emitter(client, { key: socketIoRedisKey(config) }).of(REALTIME_NAMESPACE);
  }

  /** Runs one emit on the realtime namespace and waits until Redis took its PUBLISH. */
  async send(emit: (namespace: Emitter) => void): Promise<void> {
    emit(this.emitter);
    await this.published;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
