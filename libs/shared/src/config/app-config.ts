/**
 * Configuration from the environment, read once at start and validated.
 * A bad or missing variable stops start-up with one line naming it (ConfigError).
 */
import { bool, ConfigError, Env, integer, oneOf, origins, pattern, text, url } from './env-values';

export { ConfigError } from './env-values';
export type { Env } from './env-values';

export class AppConfig {
  readonly nodeEnv!: 'development' | 'test' | 'production';
  readonly port!: number;
  readonly host!: string;
  readonly publicUrl!: string;
  readonly databaseUrl!: string;
  readonly databasePoolMax!: number;
  readonly redisUrl!: string;
  /** Prefix for every Redis key Pasar writes (BullMQ queues, deny-list, rate limits). */
  readonly redisPrefix!: string;
  readonly logLevel!: string;
  readonly corsOrigins!: string[] | true;
  readonly trustProxy!: boolean;
  readonly jwt!: {
    secret: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
  };
  readonly otpSecret!: string;
  readonly rateLimit!: {
    windowSeconds: number;
    defaultLimit: number;
    authLimit: number;
  };
  readonly outbox!: { pollMs: number; batchSize: number };
  readonly swaggerEnabled!: boolean;
  /** Where uploaded media (product images) are kept and served from. */
  readonly storage!: {
    driver: 'local' | 's3';
    /** Local driver: files live here and the API serves them under `${publicUrl}/media/`. */
    uploadDir: string;
    maxImageBytes: number;
    s3: S3Config | null;
  };
  /** Checkout and the order life cycle. */
  readonly ordering!: {
    /** How long checkout holds stock for an unpaid order. */
    reservationTtlSeconds: number;
    /** How often the sweeper looks for reservations whose expiry job was lost. */
    sweepIntervalMs: number;
    /** A delivered ShopOrder the buyer does not confirm completes after this many days. */
    autoCompleteDays: number;
  };
  readonly payments!: PaymentsConfig;
  readonly chat!: {
    /** Longest message text, in characters. */
    maxMessageLength: number;
    /** Per socket: messages allowed per window; more get error acks. */
    sendLimit: number;
    sendWindowMs: number;
    /**
     * An API instance's share of chat presence counts only while its heartbeat key lives; the
     * key lasts this long and is renewed every third of it, so a crashed instance's sockets stop
     * counting within this time.
     */
    presenceTtlSeconds: number;
    /** How often an API instance checks whether admins changed the contact-filter rules. */
    contactRulesCheckMs: number;
    /** How many of a room's latest messages a report keeps as evidence. */
    reportSnapshotMessages: number;
    /**
     * A message still unread this long after the first of a cycle, while its recipient is
     * offline, brings one grouped reminder per room (in-app and email).
     */
    unreadReminderMs: number;
    /** A room with no message for this many days is closed. */
    idleCloseDays: number;
    /** A closed room's messages and read markers are deleted this many days after it closed. */
    retentionDays: number;
    /** How often the retention job closes idle rooms and purges expired ones. */
    retentionSweepIntervalMs: number;
    /** Largest image a participant may upload to a room, in bytes (at most IMAGE_MAX_BYTES). */
    maxImageBytes: number;
  };
  /**
   * Search and autocomplete results each API instance keeps in memory. An entry is served only
   * while the search read model's version is the one it was computed at, so a projected change
   * is seen at once on every instance.
   */
  readonly search!: {
    /** Most results kept, least recently used dropped first; 0 turns the cache off. */
    cacheEntries: number;
    /** Longest an entry is served (bounds what a write bypassing the projections leaves stale). */
    cacheTtlMs: number;
  };
  /** Outgoing email. Without SMTP_URL, rendered emails are recorded instead of sent. */
  readonly mail!: { smtpUrl: string | null; from: string };
  /** Integration events to RabbitMQ for outside subscribers; null (no BROKER_URL) means off. */
  readonly broker!: BrokerConfig | null;
  /** The internal gRPC API, served by the API process beside HTTP on its own port. */
  readonly grpc!: {
    enabled: boolean;
    port: number;
    /** The shared secret other services present in `authorization: Bearer <token>`. */
    serviceToken: string;
  };
  readonly tracing!: TracingConfig;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }
}

export interface PaymentsConfig {
  provider: 'simulated' | 'stripe';
  /** Signs and checks the simulated provider's webhooks (Stripe's scheme). */
  simulatedWebhookSecret: string;
  /** Webhooks older (or newer) than this are refused. */
  webhookToleranceSeconds: number;
  /** Each provider call: timeout, bounded retries with backoff, then a circuit breaker. */
  timeoutMs: number;
  retries: number;
  breakerThreshold: number;
  breakerHalfOpenAfterMs: number;
  stripe: {
    secretKey: string;
    webhookSecret: string;
    /** Where the SDK sends API calls (e.g. a local fake in tests); null means Stripe's own API. */
    apiUrl: string | null;
  } | null;
}

/** OpenTelemetry traces over OTLP/HTTP; when off, no SDK is loaded at all. */
export interface TracingConfig {
  enabled: boolean;
  serviceName: string;
  /** Full URL spans are POSTed to (OTLP/HTTP JSON). */
  tracesUrl: string;
  /** Share of new traces kept (0 to 1); a trace continued from a caller follows its decision. */
  sampleRatio: number;
}

export interface BrokerConfig {
  /** amqp:// or amqps:// URL of the RabbitMQ broker. */
  url: string;
  /** Durable topic exchange the events are published to, routing key = event type. */
  exchange: string;
  /** How long a batch waits for the broker's confirms before it is retried later. */
  publishTimeoutMs: number;
}

export interface S3Config {
  /** S3-compatible endpoint (MinIO, R2, …); undefined means AWS S3 itself. */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  /** Both undefined: the SDK's default credential chain (IAM role, AWS_* variables). */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  /** Base URL under which objects are publicly readable; the key is appended. */
  publicUrl: string;
}

const DEV_SECRET = 'pasar-development-secret-change-me';

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'], 'development');
  const production = nodeEnv === 'production';
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = text(env, 'HOST', '0.0.0.0');
  const secret = (name: string) => {
    const value = env[name];
    if (value === undefined || value === '') {
      if (production) throw new ConfigError(name, 'is required in production');
      return DEV_SECRET;
    }
    if (value.length < 32) throw new ConfigError(name, 'must be at least 32 characters');
    return value;
  };

  return new AppConfig({
    nodeEnv,
    port,
    host,
    publicUrl: url(env, 'PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']),
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/pasar', [
      'postgres:',
      'postgresql:',
    ]),
    databasePoolMax: integer(env, 'DATABASE_POOL_MAX', 10, 1, 200),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    redisPrefix: pattern(env, 'REDIS_PREFIX', 'pasar', /^[a-zA-Z0-9_-]{1,40}$/),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    jwt: {
      secret: secret('JWT_SECRET'),
      accessTtlSeconds: integer(env, 'JWT_ACCESS_TTL_SECONDS', 900, 30, 86_400),
      refreshTtlSeconds: integer(env, 'JWT_REFRESH_TTL_SECONDS', 30 * 86_400, 300, 365 * 86_400),
    },
    otpSecret: secret('OTP_SECRET'),
    rateLimit: {
      windowSeconds: integer(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
      defaultLimit: integer(env, 'RATE_LIMIT_DEFAULT', 600, 1, 10_000_000),
      authLimit: integer(env, 'RATE_LIMIT_AUTH', 10, 1, 10_000_000),
    },
    outbox: {
      pollMs: integer(env, 'OUTBOX_POLL_MS', 200, 10, 60_000),
      batchSize: integer(env, 'OUTBOX_BATCH_SIZE', 200, 1, 5000),
    },
    swaggerEnabled: bool(env, 'SWAGGER_ENABLED', true),
    storage: storage(env),
    ordering: {
      reservationTtlSeconds: integer(env, 'RESERVATION_TTL_SECONDS', 900, 1, 7 * 86_400),
      sweepIntervalMs: integer(env, 'RESERVATION_SWEEP_INTERVAL_MS', 30_000, 100, 3_600_000),
      autoCompleteDays: integer(env, 'ORDER_AUTO_COMPLETE_DAYS', 7, 0, 365),
    },
    payments: payments(env, secret),
    chat: {
      maxMessageLength: integer(env, 'CHAT_MAX_MESSAGE_LENGTH', 2000, 1, 20_000),
      sendLimit: integer(env, 'CHAT_SEND_LIMIT', 20, 1, 10_000),
      sendWindowMs: integer(env, 'CHAT_SEND_WINDOW_MS', 10_000, 100, 3_600_000),
      presenceTtlSeconds: integer(env, 'CHAT_PRESENCE_TTL_SECONDS', 30, 1, 3600),
      contactRulesCheckMs: integer(env, 'CHAT_CONTACT_RULES_CHECK_MS', 2000, 0, 600_000),
      reportSnapshotMessages: integer(env, 'CHAT_REPORT_SNAPSHOT_MESSAGES', 50, 1, 500),
      unreadReminderMs: integer(env, 'CHAT_UNREAD_REMINDER_MS', 600_000, 100, 7 * 86_400_000),
      idleCloseDays: integer(env, 'CHAT_ROOM_IDLE_CLOSE_DAYS', 180, 1, 3650),
      retentionDays: integer(env, 'CHAT_RETENTION_DAYS', 365, 1, 3650),
      retentionSweepIntervalMs: integer(
        env,
        'CHAT_RETENTION_SWEEP_INTERVAL_MS',
        3_600_000,
        1000,
        86_400_000,
      ),
      maxImageBytes: integer(env, 'CHAT_IMAGE_MAX_BYTES', 5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    },
    search: {
      cacheEntries: integer(env, 'SEARCH_CACHE_ENTRIES', 1000, 0, 100_000),
      cacheTtlMs: integer(env, 'SEARCH_CACHE_TTL_MS', 60_000, 1, 86_400_000),
    },
    mail: {
      smtpUrl: env.SMTP_URL ? url(env, 'SMTP_URL', '', ['smtp:', 'smtps:']) : null,
      from: text(env, 'MAIL_FROM', 'Pasar <no-reply@pasar.local>'),
    },
    grpc: grpc(env, nodeEnv, secret),
    broker: broker(env),
    tracing: loadTracingConfig(env),
  });
}

/**
 * On when an OTLP endpoint is configured (the standard OpenTelemetry variables) or
 * TRACING_ENABLED=true; OTEL_SDK_DISABLED=true or TRACING_ENABLED=false turn it off.
 */
export function loadTracingConfig(env: Env = process.env): TracingConfig {
  const configured = Boolean(
    env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
  );
  const enabled =
    bool(env, 'TRACING_ENABLED', configured) && !bool(env, 'OTEL_SDK_DISABLED', false);
  const base = url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', 'http://localhost:4318', [
    'http:',
    'https:',
  ]);
  const rawRatio = text(env, 'TRACING_SAMPLE_RATIO', '1');
  const sampleRatio = Number(rawRatio);
  if (!Number.isFinite(sampleRatio) || sampleRatio < 0 || sampleRatio > 1) {
    throw new ConfigError(
      'TRACING_SAMPLE_RATIO',
      `must be a number from 0 to 1, got "${rawRatio}"`,
    );
  }
  return {
    enabled,
    serviceName: pattern(env, 'OTEL_SERVICE_NAME', 'pasar', /^[a-zA-Z0-9_.-]{1,100}$/),
    tracesUrl: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
      ? url(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', '', ['http:', 'https:'])
      : `${base.replace(/\/+$/, '')}/v1/traces`,
    sampleRatio,
  };
}

function broker(env: Env): BrokerConfig | null {
  if (!env.BROKER_URL) return null;
  return {
    url: url(env, 'BROKER_URL', '', ['amqp:', 'amqps:']),
    exchange: pattern(env, 'BROKER_EXCHANGE', 'pasar.events', /^[a-zA-Z0-9_.:-]{1,200}$/),
    publishTimeoutMs: integer(env, 'BROKER_PUBLISH_TIMEOUT_MS', 5000, 100, 120_000),
  };
}

function grpc(
  env: Env,
  nodeEnv: AppConfig['nodeEnv'],
  secret: (name: string) => string,
): AppConfig['grpc'] {
  // Off in tests unless a test asks for it: test files run in parallel and would race for a port.
  const enabled = bool(env, 'GRPC_ENABLED', nodeEnv !== 'test');
  return {
    enabled,
    port: integer(env, 'GRPC_PORT', 50051, 1, 65535),
    // Only the process serving gRPC needs the token (a worker with GRPC_ENABLED=false does not).
    serviceToken: enabled ? secret('GRPC_SERVICE_TOKEN') : '',
  };
}

function payments(env: Env, secret: (name: string) => string): PaymentsConfig {
  const provider = oneOf(env, 'PAYMENT_PROVIDER', ['simulated', 'stripe'], 'simulated');
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new ConfigError(name, 'is required when PAYMENT_PROVIDER=stripe');
    return value;
  };
  return {
    provider,
    simulatedWebhookSecret: secret('PAYMENT_WEBHOOK_SECRET'),
    webhookToleranceSeconds: integer(env, 'PAYMENT_WEBHOOK_TOLERANCE_SECONDS', 300, 1, 3600),
    timeoutMs: integer(env, 'PAYMENT_PROVIDER_TIMEOUT_MS', 5000, 50, 60_000),
    retries: integer(env, 'PAYMENT_PROVIDER_RETRIES', 2, 0, 10),
    breakerThreshold: integer(env, 'PAYMENT_BREAKER_THRESHOLD', 5, 1, 1000),
    breakerHalfOpenAfterMs: integer(env, 'PAYMENT_BREAKER_HALF_OPEN_MS', 30_000, 100, 3_600_000),
    stripe:
      provider === 'stripe'
        ? {
            secretKey: required('STRIPE_SECRET_KEY'),
            webhookSecret: required('STRIPE_WEBHOOK_SECRET'),
            apiUrl: env.STRIPE_API_URL ? url(env, 'STRIPE_API_URL', '', ['http:', 'https:']) : null,
          }
        : null,
  };
}

function storage(env: Env): AppConfig['storage'] {
  const driver = oneOf(env, 'STORAGE_DRIVER', ['local', 's3'], 'local');
  return {
    driver,
    uploadDir: text(env, 'UPLOAD_DIR', 'uploads'),
    maxImageBytes: integer(env, 'IMAGE_MAX_BYTES', 5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    s3: driver === 's3' ? s3(env) : null,
  };
}

function s3(env: Env): S3Config {
  const endpoint = env.S3_ENDPOINT ? url(env, 'S3_ENDPOINT', '', ['http:', 'https:']) : undefined;
  if (!env.S3_BUCKET) throw new ConfigError('S3_BUCKET', 'is required when STORAGE_DRIVER=s3');
  const bucket = pattern(env, 'S3_BUCKET', '', /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/);
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    throw new ConfigError(
      accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    );
  }
  const region = text(env, 'S3_REGION', 'us-east-1');
  const defaultPublicUrl = endpoint
    ? `${endpoint.replace(/\/+$/, '')}/${bucket}`
    : `https://${bucket}.s3.${region}.amazonaws.com`;
  return {
    endpoint,
    region,
    bucket,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', true),
    publicUrl: url(env, 'S3_PUBLIC_URL', defaultPublicUrl, ['http:', 'https:']).replace(/\/+$/, ''),
  };
}
