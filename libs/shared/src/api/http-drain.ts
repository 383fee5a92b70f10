import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/**
 * Stops accepting connections and lets in-flight requests finish before the database pool
 * and queues close. Nest would otherwise close the HTTP server last, after its dependencies.
 */
@Injectable()
export class HttpDrain implements BeforeApplicationShutdown {
  constructor(private readonly host: HttpAdapterHost) {}

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.host.httpAdapter?.getHttpServer() as import('node:http').Server | undefined;
    if (!server?.listening) return;
    await this.host.httpAdapter.close();
  }
}
