import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { RebuildAnalyticsCommand } from '@pasar/analytics';
import { RebuildReviewsReadModelCommand } from '@pasar/reviews';
import { RebuildSearchIndexCommand } from '@pasar/search';
import {
  AppConfig,
  ConfigError,
  loadConfig,
  migrateDatabase,
  NODE_FLAGS,
  preflight,
  UnreachableError,
} from '@pasar/shared';
import { CliModule } from './cli.module';
import { DEMO_PASSWORD, DEMO_USERS, DemoSeeder } from './demo-seeder';
import { SEED_SIZES, SeedSize } from './seed/seed-plan';

const USAGE = `Usage: node dist/apps/cli/src/main.js <command>
  migrate                               apply pending migrations (creates the database if missing)
  seed                                  add the demo data (idempotent; SEED_SIZE=demo|bench)
  create-admin <email> <password> [name]  add an admin account
  rebuild-search                        rebuild the product listing read model from the outbox
  rebuild-analytics                     rebuild the analytics read model from the outbox
  rebuild-read-models                   rebuild the reviews, search and analytics read models
  up                                    migrate, seed, then run the api and the worker`;

async function withContext<T>(
  config: AppConfig,
  work: (seeder: DemoSeeder) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error'],
  });
  try {
    // Outside HTTP there is no request context: give the commands one of their own.
    return await RequestContext.create(app.get(MikroORM).em, () => work(app.get(DemoSeeder)));
  } finally {
    await app.close();
  }
}

async function migrate(config: AppConfig): Promise<void> {
  const applied = await migrateDatabase(config.databaseUrl);
  process.stdout.write(
    applied.length ? `Applied ${applied.join(', ')}\n` : 'Database is up to date\n',
  );
}

/** SEED_SIZE: `demo` (default, a dozen products) or `bench` (1,000 products in 10 shops). */
function seedSize(): SeedSize {
  const raw = process.env.SEED_SIZE || 'demo';
  if (!(SEED_SIZES as readonly string[]).includes(raw)) {
    throw new ConfigError('SEED_SIZE', `must be one of ${SEED_SIZES.join(', ')}, got "${raw}"`);
  }
  return raw as SeedSize;
}

async function seed(config: AppConfig, size: SeedSize): Promise<void> {
  const started = Date.now();
  const { users, catalog } = await withContext(config, (seeder) => seeder.seed(size));
  const lines = Object.entries({ users, ...catalog }).map(
    ([kind, n]) =>
      `  ${kind.padEnd(10)} ${String(n.created).padStart(6)} created ${n.existing} already there`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Seeded ${size} data in ${seconds} s:\n${lines.join('\n')}\n`);
}

/** A read model the CLI rebuilds: the command that does it and how to report its result. */
interface ReadModel {
  name: string;
  rebuild(bus: CommandBus): Promise<string>;
}

const SEARCH: ReadModel = {
  name: 'search',
  rebuild: async (bus) => {
    const { replayed } = await bus.execute(new RebuildSearchIndexCommand());
    return `${replayed} events`;
  },
};

const REVIEWS: ReadModel = {
  name: 'reviews',
  rebuild: async (bus) => {
    const { replayed, summaries, corrected } = await bus.execute(
      new RebuildReviewsReadModelCommand(),
    );
    return `${replayed} events, ${summaries} rating summaries (${corrected} corrected)`;
  },
};

const ANALYTICS: ReadModel = {
  name: 'analytics',
  rebuild: async (bus) => {
    const { replayed } = await bus.execute(new RebuildAnalyticsCommand());
    return `${replayed} events`;
  },
};

/**
 * Reviews before search: a rating summary the reviews rebuild corrects announces itself in the
 * outbox, which the search rebuild then replays.
 */
const ALL_READ_MODELS = [REVIEWS, SEARCH, ANALYTICS];

/** Empties each read model and replays the events it is built from, one after the other. */
async function rebuild(config: AppConfig, models: ReadModel[]): Promise<void> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error'],
  });
  try {
    const bus = app.get(CommandBus);
    const started = Date.now();
    for (const model of models) {
      const modelStarted = Date.now();
      const counts = await model.rebuild(bus);
      const seconds = ((Date.now() - modelStarted) / 1000).toFixed(1);
      process.stdout.write(`Rebuilt the ${model.name} read model from ${counts} in ${seconds} s\n`);
    }
    if (models.length > 1) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`Rebuilt ${models.length} read models in ${seconds} s\n`);
    }
  } finally {
    await app.close();
  }
}

/** Runs the api and the worker as child processes until Ctrl-C. */
function up(config: AppConfig): void {
  const children = ['api', 'worker'].map((app) =>
    spawn(process.execPath, [...NODE_FLAGS, join(__dirname, '..', '..', app, 'src', 'main.js')], {
      stdio: 'inherit',
    }),
  );
  const accounts = DEMO_USERS.map((u) => `    ${u.role.padEnd(6)} ${u.email}`).join('\n');
  process.stdout.write(
    `\nDemo accounts (password ${DEMO_PASSWORD}):\n${accounts}\n` +
      `Health: ${config.publicUrl}/health/ready   Metrics: ${config.publicUrl}/metrics\n\n`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    children.forEach((child) => child.kill(signal));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const child of children) {
    child.on('exit', (code) => {
      if (!stopping) {
        stop('SIGTERM');
        process.exitCode = code ?? 1;
      }
    });
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const config = loadConfig();
  if (
    ![
      'migrate',
      'seed',
      'create-admin',
      'rebuild-search',
      'rebuild-analytics',
      'rebuild-read-models',
      'up',
    ].includes(command)
  ) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const size = seedSize();
  await preflight(config.databaseUrl, config.redisUrl);
  if (command === 'migrate') return migrate(config);
  if (command === 'seed') return seed(config, size);
  if (command === 'rebuild-search') return rebuild(config, [SEARCH]);
  if (command === 'rebuild-analytics') return rebuild(config, [ANALYTICS]);
  if (command === 'rebuild-read-models') return rebuild(config, ALL_READ_MODELS);
  if (command === 'create-admin') {
    const [email, password, name = 'Admin'] = args;
    if (!email || !password || password.length < 8) {
      throw new ConfigError(
        'create-admin',
        'needs <email> <password of at least 8 characters> [name]',
      );
    }
    const created = await withContext(config, (seeder) =>
      seeder.ensureUser(email, password, name, 'admin'),
    );
    process.stdout.write(
      created ? `Admin ${email} created\n` : `An account with ${email} already exists\n`,
    );
    return;
  }
  await migrate(config);
  await seed(config, size);
  up(config);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof UnreachableError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
