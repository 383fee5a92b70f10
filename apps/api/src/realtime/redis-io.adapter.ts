import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { AppConfig, socketIoRedisKey } from '@pasar/shared';

/**
 * Socket.IO on the API's HTTP server, with the Redis adapter: a broadcast from one API instance
 * reaches sockets on every other, and the worker's emitter reaches them all (same key).
 * Its pub/sub clients close when the application does.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      cors: { origin: this.config.corsOrigins, credentials: true },
    }) as Server;
    const pub = new Redis(this.config.redisUrl);
    const sub = pub.duplicate();
    this.clients.push(pub, sub);
    server.adapter(createAdapter(pub, sub, { key: socketIoRedisKey(this.config) }));
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(
      this.clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())),
    );
  }
}
