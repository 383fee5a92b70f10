import 'reflect-metadata';
// Before anything else loads: starts tracing (when configured) ahead of the libraries it instruments.
import '@pasar/shared/tracing';
import { ConfigError, loadConfig, preflight, UnreachableError } from '@pasar/shared';
import { createHttpApp } from './http-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config.databaseUrl, config.redisUrl);
  const app = await createHttpApp(config);
  await app.startAllMicroservices();
  await app.listen({ port: config.port, host: config.host });
  const base = config.publicUrl;
  process.stdout.write(
    `Pasar API listening on ${base}\n  Swagger UI  ${base}/docs\n  Bull Board  ${base}/admin/queues (sign in at ${base}/admin/login)\n`,
  );
  if (config.grpc.enabled) {
    process.stdout.write(`  gRPC        ${config.host}:${config.grpc.port} (reflection on)\n`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof UnreachableError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Pasar API failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
