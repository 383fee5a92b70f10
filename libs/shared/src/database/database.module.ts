import { Global, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/app-config';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { ProcessedEvent } from '../outbox/processed-event.entity';
import { ormOptions } from './orm-options';

/**
 * MikroORM for the whole application. Each context module registers its own entities with
 * `MikroOrmModule.forFeature`; HTTP requests get their own identity map (request context).
 */
@Global()
@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      driver: PostgreSqlDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...ormOptions(config.databaseUrl, { pool: { min: 0, max: config.databasePoolMax } }),
        autoLoadEntities: true,
      }),
    }),
    MikroOrmModule.forFeature([OutboxMessage, ProcessedEvent]),
  ],
  exports: [MikroOrmModule],
})
export class DatabaseModule {}
