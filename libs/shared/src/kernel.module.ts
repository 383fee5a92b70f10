import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AppConfig, loadConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { RedisModule } from './redis/redis.module';
import { QueueModule } from './queue/queue.module';
import { AuthModule, AUTH_GUARDS } from './auth/auth.module';
import { JwtStrategy } from './auth/jwt.strategy';
import { LoggerModule } from './observability/logger.module';
import { MetricsService } from './observability/metrics.service';
import { OperationsController } from './observability/operations.controller';
import { RateLimitModule } from './api/rate-limit';
import { HttpErrorFilter } from './api/http-error.filter';
import { createValidationPipe } from './api/validation';
import { HttpDrain } from './api/http-drain';

/** What every Pasar process needs: config, logs, Postgres, Redis, queues, CQRS, auth. */
@Module({})
export class KernelModule {
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    return {
      module: KernelModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule,
        DatabaseModule,
        RedisModule,
        QueueModule,
        AuthModule,
        CqrsModule.forRoot(),
      ],
    };
  }
}

/**
 * What an HTTP process adds: rate limits, then authentication (the passport JWT strategy) and
 * roles (guards run in this order), validation, the error filter, health and metrics.
 */
@Module({
  imports: [RateLimitModule, TerminusModule, PassportModule],
  controllers: [OperationsController],
  providers: [
    JwtStrategy,
    MetricsService,
    HttpDrain,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    ...AUTH_GUARDS,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
  exports: [MetricsService],
})
export class HttpKernelModule {}
