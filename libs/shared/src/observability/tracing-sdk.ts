import { FastifyOtelInstrumentation } from '@fastify/otel';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GrpcInstrumentation } from '@opentelemetry/instrumentation-grpc';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  detectResources,
  envDetector,
  hostDetector,
  processDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from '../config/app-config';
import { traced } from './trace-context';

/** Probes and scrapes would be most of the HTTP spans and say nothing. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/**
 * Starts the OpenTelemetry SDK: spans exported in batches over OTLP/HTTP, W3C trace context
 * propagation, and the instrumentations. Must run before the instrumented libraries (http,
 * fastify, pg, ioredis, grpc-js) are first required, which is why only tracing.ts loads this.
 */
export function startTracing(config: TracingConfig): NodeTracerProvider {
  const resource = detectResources({
    detectors: [envDetector, processDetector, hostDetector],
  }).merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }));
  const provider = new NodeTracerProvider({
    resource,
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(config.sampleRatio) }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }))],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
      }),
      new FastifyOtelInstrumentation({ registerOnInitialization: true }),
      new GrpcInstrumentation(),
      // Only inside a traced request or job: the relay's and sweeper's polling are not worth a trace.
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });
  traceMessageBuses();
  return provider;
}

type Bus = { prototype: { execute(message: object, ...rest: unknown[]): Promise<unknown> } };

/**
 * One span per command and query, named by its class: every REST route, gRPC call, socket event
 * and job reaches the handlers through these two buses. Loaded after the instrumentations.
 */
function traceMessageBuses(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CommandBus, QueryBus } = require('@nestjs/cqrs') as { CommandBus: Bus; QueryBus: Bus };
  for (const [bus, kind] of [
    [CommandBus, 'command'],
    [QueryBus, 'query'],
  ] as const) {
    const execute = bus.prototype.execute;
    bus.prototype.execute = function (this: unknown, message: object, ...rest: unknown[]) {
      const name = message.constructor.name;
      return traced(`${kind} ${name}`, { 'pasar.cqrs.kind': kind, 'pasar.cqrs.name': name }, () =>
        execute.call(this, message, ...rest),
      );
    };
  }
}
