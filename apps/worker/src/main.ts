import 'reflect-metadata';
// Before anything else loads: starts tracing (when configured) ahead of the libraries it instruments.
import '@pasar/shared/tracing';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig, preflight, UnreachableError } from '@pasar/shared';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config.databaseUrl, config.redisUrl);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  process.stdout.write('Pasar worker running (outbox relay, queue processors)\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof UnreachableError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Pasar worker failed to start: ${(error as Error).stack ?? String(error)}\n`,
    );
  }
  process.exit(1);
});
