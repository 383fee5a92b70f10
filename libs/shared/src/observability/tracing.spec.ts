import { ProxyTracerProvider, trace } from '@opentelemetry/api';
import { loadTracingConfig } from '../config/app-config';

async function withEnv(env: Record<string, string>, run: () => Promise<unknown>): Promise<void> {
  const saved = process.env;
  process.env = { PATH: saved.PATH, ...env };
  try {
    await jest.isolateModulesAsync(async () => {
      await run();
    });
  } finally {
    process.env = saved;
  }
}

/** Loads tracing.ts (what the entry points import first) against `env`, with the SDK stubbed. */
async function importTracing(env: Record<string, string>): Promise<jest.Mock> {
  const startTracing = jest.fn();
  await withEnv(env, () => {
    jest.doMock('./tracing-sdk', () => ({ startTracing }));
    return import('./tracing');
  });
  return startTracing;
}

describe('tracing start-up', () => {
  afterEach(() => jest.dontMock('./tracing-sdk'));

  it('starts no SDK without an OTLP endpoint: the global tracer provider stays the no-op one', async () => {
    await withEnv({}, () => import('./tracing'));
    const provider = trace.getTracerProvider() as ProxyTracerProvider;
    expect(provider).toBeInstanceOf(ProxyTracerProvider);
    expect(provider.getDelegate().constructor.name).toBe('NoopTracerProvider');
    const span = trace.getTracer('test').startSpan('anything');
    expect(span.isRecording()).toBe(false);
    span.end();
    expect(await importTracing({})).not.toHaveBeenCalled();
  });

  it('starts the SDK when an OTLP endpoint is configured, exporting to its traces path', async () => {
    const startTracing = await importTracing({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
      OTEL_SERVICE_NAME: 'pasar-worker',
    });
    expect(startTracing).toHaveBeenCalledWith({
      enabled: true,
      serviceName: 'pasar-worker',
      tracesUrl: 'http://collector:4318/v1/traces',
      sampleRatio: 1,
    });
  });

  it('starts it with TRACING_ENABLED alone, and never with OTEL_SDK_DISABLED', async () => {
    expect(await importTracing({ TRACING_ENABLED: 'true' })).toHaveBeenCalledWith(
      expect.objectContaining({ tracesUrl: 'http://localhost:4318/v1/traces' }),
    );
    expect(
      await importTracing({ TRACING_ENABLED: 'true', OTEL_SDK_DISABLED: 'true' }),
    ).not.toHaveBeenCalled();
    expect(
      await importTracing({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        TRACING_ENABLED: 'false',
      }),
    ).not.toHaveBeenCalled();
  });

  it('leaves a bad variable to the entry point, which reports it with the rest of the config', async () => {
    expect(await importTracing({ TRACING_SAMPLE_RATIO: '2' })).not.toHaveBeenCalled();
    expect(() => loadTracingConfig({ TRACING_SAMPLE_RATIO: '2' })).toThrow(
      'Invalid environment variable TRACING_SAMPLE_RATIO: must be a number from 0 to 1, got "2"',
    );
    expect(() => loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      'Invalid environment variable OTEL_EXPORTER_OTLP_ENDPOINT',
    );
  });

  it('uses a full traces URL as given', () => {
    expect(
      loadTracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://tempo:4318/otlp/traces' }),
    ).toMatchObject({ enabled: true, tracesUrl: 'https://tempo:4318/otlp/traces' });
  });
});
