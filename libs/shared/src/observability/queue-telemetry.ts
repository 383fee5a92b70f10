import {
  Context,
  context,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import {
  SpanKind as QueueSpanKind,
  Span as QueueSpan,
  Telemetry,
  type Attributes as QueueAttributes,
} from 'bullmq';
import { contextFromTraceparent, currentTraceparent } from './trace-context';

/**
 * Worker bookkeeping (fetching the next job, stalled checks, pauses) runs every few seconds in
 * every worker: as spans it would bury the jobs' traces, so it runs untraced.
 */
const UNTRACED: QueueSpan<Context> = {
  setSpanOnContext: (ctx) => ctx,
  setAttribute: () => undefined,
  setAttributes: () => undefined,
  addEvent: () => undefined,
  recordException: () => undefined,
  end: () => undefined,
};

/**
 * BullMQ's telemetry hook on the OpenTelemetry API. Adding a job records the active trace context
 * in the job (a W3C traceparent), and the worker processes it in a consumer span continuing that
 * trace; so delayed jobs (reservation expiry) and jobs added by consumers stay in the trace of
 * the request that caused them. Given only while tracing is on.
 */
export function queueTelemetry(): Telemetry<Context> {
  const tracer = trace.getTracer('pasar.bullmq');
  return {
    tracer: {
      startSpan(name, options, ctx) {
        if (options?.kind === QueueSpanKind.INTERNAL) return UNTRACED;
        const span = tracer.startSpan(name, { kind: options?.kind as number as SpanKind }, ctx);
        return {
          setSpanOnContext: (parent) => trace.setSpan(parent, span),
          setAttribute: (key, value) => span.setAttribute(key, value),
          setAttributes: (attributes: QueueAttributes) => span.setAttributes(attributes),
          addEvent: (event, attributes) => span.addEvent(event, attributes),
          recordException(exception, time) {
            span.recordException(exception, time);
            span.setStatus({ code: SpanStatusCode.ERROR });
          },
          end: () => span.end(),
        };
      },
    },
    contextManager: {
      with: (ctx, fn) => context.with(ctx, fn),
      active: () => context.active(),
      root: () => ROOT_CONTEXT,
      getMetadata: (ctx) => currentTraceparent(ctx) ?? '',
      fromMetadata: (active, metadata) => contextFromTraceparent(active, metadata),
    },
  };
}
