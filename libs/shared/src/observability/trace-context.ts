import {
  Attributes,
  Context,
  context,
  propagation,
  Span,
  SpanStatusCode,
  trace,
  TextMapGetter,
} from '@opentelemetry/api';

/**
 * Helpers on the OpenTelemetry API only. Without a started SDK the API is a no-op, so these cost
 * next to nothing when tracing is off.
 */
const TRACER = 'pasar';

/** The W3C traceparent of the span in `ctx` (default: the active one), or null if none or off. */
export function currentTraceparent(ctx: Context = context.active()): string | null {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier.traceparent ?? null;
}

const traceparentGetter: TextMapGetter<string> = {
  keys: () => ['traceparent'],
  get: (carrier, key) => (key === 'traceparent' ? carrier : undefined),
};

/** `active` with the remote span of `traceparent` as its parent. */
export function contextFromTraceparent(active: Context, traceparent: string): Context {
  return propagation.extract(active, traceparent, traceparentGetter);
}

/**
 * Runs `work` in a new active span; a throw marks the span failed and propagates. `fail` lets
 * work that turns errors into results (acks) still mark its span failed.
 */
export function traced<T>(
  name: string,
  attributes: Attributes,
  work: (fail: (error: unknown) => void) => Promise<T>,
): Promise<T> {
  return trace.getTracer(TRACER).startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work((error) => markFailed(span, error));
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

function markFailed(span: Span, error: unknown): void {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
}
