import { randomBytes } from 'node:crypto';
import { context, trace } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { FlowProducer, Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { currentTraceparent, queueTelemetry, traced } from '@pasar/shared';
import { eventually } from '../support/worker';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * BullMQ with Pasar's telemetry hook, in-process with an in-memory exporter: a job continues the
 * trace that added it, even delayed, and a job given a recorded traceparent (as the outbox relay
 * does) continues that trace rather than the one adding it.
 */
describe('trace context through BullMQ jobs', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const prefix = `test_trace_${randomBytes(4).toString('hex')}`;
  const options = {
    connection: { url: REDIS_URL, maxRetriesPerRequest: null },
    prefix,
    telemetry: queueTelemetry(),
  };
  const processed: Job[] = [];
  let queue: Queue;
  let flows: FlowProducer;
  let worker: Worker;

  beforeAll(async () => {
    provider.register();
    queue = new Queue('traced', options);
    flows = new FlowProducer(options);
    worker = new Worker(
      'traced',
      (job) => traced('handle', {}, async () => void processed.push(job)),
      options,
    );
    await worker.waitUntilReady();
  });

  afterAll(async () => {
    await Promise.all([worker.close(), queue.close(), flows.close()]);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await provider.shutdown();
  });

  beforeEach(() => exporter.reset());

  const spans = () => exporter.getFinishedSpans();
  const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
  const processSpanOf = async (jobName: string) =>
    eventually(async () => {
      const found = spans().filter(
        (s) => s.name === 'process traced' && s.attributes['bullmq.job.name'] === jobName,
      );
      expect(found).toHaveLength(1);
      return found[0];
    });

  it('processes a delayed job in a span of the trace that added it', async () => {
    const request = await traced('request', {}, async () => {
      await queue.add('expire', {}, { delay: 300 });
      return trace.getSpan(context.active())!.spanContext();
    });

    const consumer = await processSpanOf('expire');
    expect(consumer.spanContext().traceId).toBe(request.traceId);
    const producer = spans().find((s) => s.spanContext().spanId === parentOf(consumer))!;
    expect(producer.name).toBe('add traced.expire');
    expect(parentOf(producer)).toBe(request.spanId);
    // The processor's own work runs inside the consumer span.
    const handle = spans().find((s) => s.name === 'handle')!;
    expect(parentOf(handle)).toBe(consumer.spanContext().spanId);
    // Fetching the job is worker bookkeeping, not part of the trace.
    expect(spans().filter((s) => s.name.startsWith('getNextJob'))).toEqual([]);
  });

  it('continues a recorded traceparent given to the job over the trace that adds it', async () => {
    const recorded = await traced('request', {}, async () => currentTraceparent()!);
    const relay = await traced('relay', {}, async () => {
      await flows.addBulk([
        {
          queueName: 'traced',
          name: 'relayed',
          data: {},
          opts: { telemetry: { metadata: recorded } },
        },
      ]);
      return trace.getSpan(context.active())!.spanContext();
    });

    const consumer = await processSpanOf('relayed');
    const [, traceId, spanId] = recorded.split('-');
    expect(consumer.spanContext().traceId).toBe(traceId);
    expect(consumer.spanContext().traceId).not.toBe(relay.traceId);
    expect(parentOf(consumer)).toBe(spanId);
  });
});
