import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** The request id: the caller's `x-request-id` when it is sane, otherwise a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

interface SerializedRequest {
  id: string;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  remoteAddress?: string;
}

/** What a log line tells of its request. */
export function requestLogFields(req: SerializedRequest) {
  return {
    id: req.id,
    method: req.method,
    url: req.url,
    remoteAddress: req.remoteAddress,
    userAgent: req.headers['user-agent'],
  };
}

/** What a log line tells of its response. */
export function responseLogFields(res: { statusCode: number }) {
  return { statusCode: res.statusCode };
}

/** Structured JSON logs (pino); each HTTP log line carries the request id. */
export const LoggerModule = PinoLoggerModule.forRootAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage) => (req as { id?: string }).id ?? requestIdOf(req),
      // A request's log context is bound (serialized) when the request arrives, whether or not
      // a line is ever written: a few fields, not every header, keep that cheap, and keep
      // credentials (authorization, cookies, set-cookie) out of the logs altogether.
      serializers: { req: requestLogFields, res: responseLogFields },
      autoLogging: {
        ignore: (req: IncomingMessage) =>
          req.url === '/metrics' || (req.url ?? '').startsWith('/health'),
      },
      transport:
        config.nodeEnv === 'development' && process.stdout.isTTY
          ? { target: 'pino-pretty', options: { singleLine: true } }
          : undefined,
    },
  }),
});
