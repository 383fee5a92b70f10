import { ModuleMetadata } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Test, TestingModule } from '@nestjs/testing';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, Env } from '../config/app-config';
import { KernelModule } from '../kernel.module';
import { createTestEnvironment } from './test-environment';

/** One context's modules on the kernel, against a throwaway migrated database (no HTTP). */
export interface IntegrationContext {
  module: TestingModule;
  orm: MikroORM;
  config: AppConfig;
  /** A connection for assertions in plain SQL. */
  sql: EntityManager;
  /** Runs a command in its own request context, as an HTTP request or a job would. */
  run<T>(command: object): Promise<T>;
  ask<T>(query: object): Promise<T>;
  close(): Promise<void>;
}

export async function startIntegrationContext(
  metadata: Pick<ModuleMetadata, 'imports' | 'providers'>,
  env: Env = {},
): Promise<IntegrationContext> {
  const environment = await createTestEnvironment(env);
  try {
    const module = await Test.createTestingModule({
      imports: [KernelModule.forRoot(environment.config), ...(metadata.imports ?? [])],
      providers: metadata.providers ?? [],
    }).compile();
    await module.init();
    const orm = module.get(MikroORM);
    const inContext = <T>(work: () => Promise<T>) => RequestContext.create(orm.em, work);
    return {
      module,
      orm,
      config: environment.config,
      sql: orm.em.fork() as EntityManager,
      run: (command) => inContext(() => module.get(CommandBus).execute(command as never)),
      ask: (query) => inContext(() => module.get(QueryBus).execute(query as never)),
      async close() {
        await module.close();
        await environment.destroy();
      },
    };
  } catch (error) {
    await environment.destroy();
    throw error;
  }
}
