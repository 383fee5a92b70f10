import { ConfigError, loadTracingConfig } from '../config/app-config';

/**
 * Imported first thing by the API and worker entry points: when tracing is configured, starts
 * the OpenTelemetry SDK before any instrumented library loads. When it is not, nothing of the
 * SDK is even loaded, so an untraced process pays nothing for it.
 */
function startIfConfigured(): void {
  let config;
  try {
    config = loadTracingConfig();
  } catch (error) {
    // The entry point's own loadConfig() reports the bad variable.
    if (error instanceof ConfigError) return;
    throw error;
  }
  if (!config.enabled) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  startTracing(config);
}

startIfConfigured();
