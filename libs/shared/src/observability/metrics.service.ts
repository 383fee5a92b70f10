import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AppConfig } from '../config/app-config';
import { QueueCatalog } from '../queue/queue-catalog';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** Prometheus metrics of this process: its own registry, so several apps can share a process. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'pasar_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(queues: QueueCatalog, config: AppConfig, orm: MikroORM) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'pasar_queue_jobs',
      help: 'Jobs per BullMQ queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const queue of queues.all()) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES)
            this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    if (config.broker) {
      new Gauge({
        name: 'pasar_broker_backlog',
        help: 'Outbox events the message broker has not confirmed yet',
        registers: [this.registry],
        async collect() {
          // Counts over the partial index of unpublished rows: cheap while the broker keeps up.
          const [row] = await (orm.em.fork() as EntityManager).execute<{ count: number }[]>(
            'select count(*)::int as count from shared.outbox where broker_published_at is null',
          );
          this.set(row.count);
        },
      });
    }
  }

  /**
   * Observes every response's latency, labelled by the route pattern (not the raw URL). The
   * series of each label set is looked up once: prom-client hashes the labels on every call.
   */
  instrument(fastify: FastifyInstance): void {
    const series = new Map<string, Histogram.Internal<'method' | 'route' | 'status'>>();
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const key = `${request.method} ${reply.statusCode} ${route}`;
      let histogram = series.get(key);
      if (!histogram) {
        histogram = this.httpDuration.labels({
          method: request.method,
          route,
          status: String(reply.statusCode),
        });
        series.set(key, histogram);
      }
      histogram.observe(reply.elapsedTime / 1000);
      done();
    });
  }
}
