import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import request from 'supertest';
import { createTestEnvironment, TestEnvironment } from '@pasar/shared/testing';
import { freePort, grpcClient } from '../grpc/grpc-client';
import { eventually } from '../support/worker';
import { OtlpReceiver, ReceivedSpan } from './otlp-receiver';

const ROOT = `${__dirname}/../..`;
const GRPC_TOKEN = 'tracing-test-service-token-0123456789abcdef';
const SERVER = 2;
const CLIENT = 3;
const CONSUMER = 5;
const ERROR = 2;

/**
 * The real API and worker processes (the SDK has to be started before their libraries load,
 * which Jest's module loader would get around), exporting to a stand-in OTLP collector. One
 * request is followed from the HTTP server span through its command and SQL into the worker
 * that processes the event it recorded.
 */
describe('tracing across the API and the worker', () => {
  const receiver = new OtlpReceiver();
  let environment: TestEnvironment;
  let api: ChildProcess;
  let worker: ChildProcess;
  let apiUrl: string;
  let grpcAddress: string;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    const endpoint = await receiver.start();
    const [port, grpcPort] = [await freePort(), await freePort()];
    apiUrl = `http://127.0.0.1:${port}`;
    grpcAddress = `127.0.0.1:${grpcPort}`;
    const env = {
      DATABASE_URL: environment.config.databaseUrl,
      REDIS_URL: environment.config.redisUrl,
      REDIS_PREFIX: environment.config.redisPrefix,
      OUTBOX_POLL_MS: '20',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      // Export every 100 ms instead of every 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    [api, worker] = await Promise.all([
      startProcess('apps/api/src/main.ts', /listening on/, {
        ...env,
        OTEL_SERVICE_NAME: 'pasar-api',
        HOST: '127.0.0.1',
        PORT: String(port),
        GRPC_ENABLED: 'true',
        GRPC_PORT: String(grpcPort),
        GRPC_SERVICE_TOKEN: GRPC_TOKEN,
      }),
      startProcess('apps/worker/src/main.ts', /worker running/, {
        ...env,
        OTEL_SERVICE_NAME: 'pasar-worker',
      }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stop(api), stop(worker)]);
    await receiver.close();
    await environment?.destroy();
  });

  it('follows a registration from HTTP through the command and SQL into the worker', async () => {
    await request(apiUrl)
      .post('/auth/register')
      .send({
        email: 'traced@example.com',
        password: 'correct horse battery',
        name: 'Traced',
        role: 'buyer',
      })
      .expect(201);

    const httpSpan = await eventually(async () =>
      one(receiver.spans, (s) => s.kind === SERVER && s.name === 'POST /auth/register'),
    );
    expect(httpSpan.service).toBe('pasar-api');
    const trace = () => receiver.spans.filter((s) => s.traceId === httpSpan.traceId);

    const command = await eventually(async () =>
      one(trace(), (s) => s.name === 'command RegisterUserCommand'),
    );
    expect(ancestors(trace(), command)).toContain(httpSpan);
    const sql = (spans: ReceivedSpan[]) =>
      spans.filter((s) => s.kind === CLIENT && s.name.startsWith('pg.query:'));
    expect(sql(trace()).filter((s) => s.parentSpanId === command.spanId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: expect.stringMatching(/:INSERT/) })]),
    );

    // The outbox row carried the command's context: the worker's job continues it.
    const processed = await eventually(
      async () =>
        one(
          trace(),
          (s) =>
            s.service === 'pasar-worker' &&
            s.kind === CONSUMER &&
            s.name === 'process domain-events' &&
            s.attributes['bullmq.job.name'] === 'identity.user-registered',
        ),
      30_000,
    );
    expect(processed.parentSpanId).toBe(command.spanId);
    // What the consumer did (its inbox transaction) is inside that span.
    await eventually(async () =>
      expect(
        sql(trace()).filter(
          (s) => s.service === 'pasar-worker' && ancestors(trace(), s).includes(processed),
        ),
      ).not.toHaveLength(0),
    );
  });

  it('traces a gRPC call into the query it runs', async () => {
    const { body: user } = await request(apiUrl)
      .post('/auth/register')
      .send({
        email: 'grpc@example.com',
        password: 'correct horse battery',
        name: 'G',
        role: 'buyer',
      })
      .expect(201);
    const identity = grpcClient(grpcAddress, 'pasar.identity.v1.IdentityService', GRPC_TOKEN);
    try {
      await identity.call('GetUser', { userId: user.id });
    } finally {
      identity.close();
    }

    const rpc = await eventually(async () =>
      one(
        receiver.spans,
        (s) => s.kind === SERVER && s.name === 'grpc.pasar.identity.v1.IdentityService/GetUser',
      ),
    );
    expect(rpc.service).toBe('pasar-api');
    await eventually(async () => {
      const inTrace = receiver.spans.filter((s) => s.traceId === rpc.traceId);
      const queries = inTrace.filter((s) => s.name.startsWith('query '));
      expect(queries).not.toHaveLength(0);
      expect(queries.every((q) => ancestors(inTrace, q).includes(rpc))).toBe(true);
    });
  });

  it('traces a chat socket event, failed when its ack is an error', async () => {
    const credentials = { email: 'socket@example.com', password: 'correct horse battery' };
    await request(apiUrl)
      .post('/auth/register')
      .send({ ...credentials, name: 'S', role: 'buyer' })
      .expect(201);
    const { body: tokens } = await request(apiUrl)
      .post('/auth/login')
      .send(credentials)
      .expect(200);
    const socket = io(`${apiUrl}/chat`, {
      auth: { token: tokens.accessToken },
      transports: ['websocket'],
    });
    try {
      const ack = await socket.emitWithAck('room:join', { roomId: randomUUID() });
      expect(ack).toMatchObject({ ok: false });
    } finally {
      socket.disconnect();
    }

    const event = await eventually(async () =>
      one(receiver.spans, (s) => s.name === 'socket.io /chat JoinRoomPayload'),
    );
    expect(event).toMatchObject({ service: 'pasar-api', status: ERROR });
    await eventually(async () => {
      const inTrace = receiver.spans.filter((s) => s.traceId === event.traceId);
      const sql = inTrace.filter((s) => s.name.startsWith('pg.query:'));
      expect(sql).not.toHaveLength(0);
      expect(sql.every((q) => ancestors(inTrace, q).includes(event))).toBe(true);
    });
  });

  it('leaves health probes and idle polling untraced', async () => {
    await request(apiUrl).get('/health/live').expect(200);
    // Give the exporters a few batches of idle worker and relay polling.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.spans.filter((s) => s.name.includes('/health'))).toEqual([]);
    const roots = receiver.spans.filter((s) => !s.parentSpanId);
    expect(roots.filter((s) => s.kind === CLIENT)).toEqual([]);
  });
});

function one(spans: ReceivedSpan[], match: (span: ReceivedSpan) => boolean): ReceivedSpan {
  const found = spans.filter(match);
  expect(found).toHaveLength(1);
  return found[0];
}

function ancestors(spans: ReceivedSpan[], span: ReceivedSpan): ReceivedSpan[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const chain: ReceivedSpan[] = [];
  for (let parent = byId.get(span.parentSpanId ?? ''); parent;) {
    chain.push(parent);
    parent = byId.get(parent.parentSpanId ?? '');
  }
  return chain;
}

function startProcess(entry: string, ready: RegExp, env: Record<string, string>) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('OTEL_')),
  );
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', entry],
    {
      cwd: ROOT,
      env: {
        ...inherited,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        TS_NODE_SWC: 'true',
        TS_NODE_TRANSPILE_ONLY: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise<ChildProcess>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve(child);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
