import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import { isObservable, Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { AppConfig, socketIoRedisKey } from '@pasar/shared';

/**
 * Socket.IO on the API's HTTP server, with the Redis adapter: a broadcast from one API instance
 * reaches sockets on every other, and the worker's emitter reaches them all (same key).
 * Its pub/sub clients close when the application does.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly logger = new Logger('RedisIoAdapter');
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

  /**
   * Binds each gateway handler straight to its socket event. Nest's IoAdapter takes every event
   * through an rxjs pipeline (fromEvent, mergeMap, from(promise), filter, map, takeUntil), about
   * a dozen objects per event on the chat's hottest path; for a handler answering with a promise
   * this does the same: a non-nil result is emitted when it names an event, otherwise it answers
   * the ack (unless the handler acks by itself). A handler answering with an Observable keeps
   * Nest's way. Once the socket is gone nothing arrives, and socket.io drops a late ack.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
        const respond = (response: unknown) => {
          if (response === null || response === undefined) return;
          const { event, data: payload } = response as { event?: string; data?: unknown };
          if (event) socket.emit(event, payload);
          else if (!isAckHandledManually && typeof ack === 'function') ack(response);
        };
        Promise.resolve(callback(data, ack)).then(
          (result: unknown) => {
            if (isObservable(result)) transform(result).subscribe(respond);
            else respond(result);
          },
          (error: unknown) => this.logger.error({ err: error }, `socket event ${message} failed`),
        );
      });
    }
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(
      this.clients.splice(0).map((client) => client.quit().catch(() => client.disconnect())),
    );
  }
}
