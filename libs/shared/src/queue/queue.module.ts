import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { AppConfig } from '../config/app-config';
import { queueTelemetry } from '../observability/queue-telemetry';
import { QueueCatalog } from './queue-catalog';

/**
 * BullMQ on the configured Redis. Contexts register their own queues with
 * `BullModule.registerQueue`; QueueCatalog finds them all (Bull Board, metrics).
 */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: `${config.redisPrefix}:bull`,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 7 * 86_400, count: 10_000 },
          removeOnFail: { age: 30 * 86_400 },
        },
        telemetry: config.tracing.enabled ? queueTelemetry() : undefined,
      }),
    }),
  ],
  providers: [QueueCatalog],
  exports: [QueueCatalog],
})
export class QueueModule {}
