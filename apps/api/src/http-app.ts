import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import helmet from 'helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { Logger } from 'nestjs-pino';
import { AppConfig, grpcServerOptions, MetricsService, requestIdOf } from '@pasar/shared';
import { ApiModule } from './api.module';
import { mountBullBoard } from './admin/bull-board';
import { RedisIoAdapter } from './realtime/redis-io.adapter';

/**
 * Builds the HTTP application exactly as production runs it (tests use this too):
 * Fastify, security headers, CORS, request ids, metrics, Swagger and Bull Board, and the
 * internal gRPC API on its own port when enabled (`app.startAllMicroservices()` starts it).
 */
export async function createHttpApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Fastify's request id becomes pino-http's (it reads `req.id`) and is echoed back.
    genReqId: (req: IncomingMessage) => {
      const id = requestIdOf(req) || randomUUID();
      (req as IncomingMessage & { id?: string }).id = id;
      return id;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, {
    bufferLogs: true,
    // JSON bodies are parsed from a buffer anyway; keeping it (`request.rawBody`) lets payment
    // webhooks check their signature over the exact bytes received.
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  if (config.grpc.enabled) app.connectMicroservice(grpcServerOptions(config));
  app.enableCors({ origin: config.corsOrigins, credentials: true });
  // Socket.IO (namespace /chat) on the same server, fanned out across instances through Redis.
  app.useWebSocketAdapter(new RedisIoAdapter(app, config));

  const fastify = app.getHttpAdapter().getInstance();
  // Every response echoes its request id and carries helmet's security headers, computed once
  // (they are the same on every response) instead of running its middleware per request.
  const headers = securityHeaders();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers).header('x-request-id', request.id);
    done();
  });
  app.get(MetricsService).instrument(fastify);
  await app.register(fastifyCookie);
  // Uploads (product images): one file of at most IMAGE_MAX_BYTES, a few short fields.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.storage.maxImageBytes, files: 1, fields: 5, fieldSize: 4096 },
  });
  if (config.storage.driver === 'local') {
    // The local storage driver's files, at `${PUBLIC_URL}/media/<key>`.
    const root = resolve(config.storage.uploadDir);
    mkdirSync(root, { recursive: true });
    await app.register(fastifyStatic, {
      root,
      prefix: '/media/',
      // Chat images are served only to their room's participants, by the chat API.
      allowedPath: (path: string) => !path.startsWith('/chat/'),
      decorateReply: false,
      index: false,
      maxAge: '1y',
      immutable: true,
    });
  }
  // The chat page (plain HTML + JS, copied into dist by `npm run build`) at /chat-app/.
  await app.register(fastifyStatic, {
    root: resolve(__dirname, '..', 'public', 'chat-app'),
    prefix: '/chat-app',
    decorateReply: false,
    redirect: true,
  });
  await mountBullBoard(app);

  if (config.swaggerEnabled) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Pasar API')
        .setDescription(
          'Multi-vendor marketplace. Errors are always `{ statusCode, code, message, details? }`; switch on `code`.',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  }
  return app;
}

/** The headers helmet sets on a response, with Pasar's content security policy. */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'", 'https:'],
        imgSrc: ["'self'", 'data:', 'https:'],
        connectSrc: ["'self'"],
      },
    },
  })({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}
