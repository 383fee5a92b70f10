import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MikroORM } from '@mikro-orm/core';
import { AppConfig, MetricsService } from '@pasar/shared';
import { QueueCatalog } from '../../libs/shared/src/queue/queue-catalog';
import { ProductImagesController } from '../../libs/catalog/src/api/product-images.controller';
import { controllerPaths, loadConfigReading, readRepoFile, ROOT } from './deploy-support';

/**
 * docker-compose.yml with its gateway (deploy/nginx), Prometheus and Grafana (deploy/prometheus,
 * deploy/grafana), checked against what the app reads, listens on and exports.
 */

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: (string | { source: string })[];
  profiles?: string[];
  deploy?: { replicas?: number };
}
interface Panel {
  title: string;
  type: string;
  datasource?: { uid: string };
  targets?: { expr: string }[];
}

const compose = parse(readRepoFile('docker-compose.yml')) as { services: Record<string, Service> };
const services = compose.services;
const nginx = readRepoFile('deploy', 'nginx', 'nginx.conf');
const pasarProcesses = ['migrate', 'api', 'worker'];

/** The upstream blocks of nginx.conf: name → `host:port` of its servers. */
function upstreams(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, name, body] of nginx.matchAll(/upstream\s+(\S+)\s*\{([^}]*)\}/g)) {
    found.set(
      name,
      [...body.matchAll(/^\s*server\s+(\S+)/gm)].map(([, address]) => address),
    );
  }
  return found;
}

/** The metric names a PromQL expression uses (functions, labels, ranges and strings removed). */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"[^"]*"/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without)\s*\([^)]*\)/g, '');
  const functions = new Set(['sum', 'max', 'min', 'avg', 'count', 'rate', 'histogram_quantile']);
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)]
    .map(([name]) => name)
    .filter((name) => !functions.has(name));
}

describe('docker-compose.yml and the gateway', () => {
  it.each(pasarProcesses)(
    'gives %s a configuration the app accepts, none of it ignored',
    (name) => {
      const env = services[name].environment ?? {};
      const { config, read } = loadConfigReading(env);
      expect(config.nodeEnv).toBe('production');
      expect(config.trustProxy).toBe(true);
      expect(Object.keys(env).filter((variable) => !read.has(variable))).toEqual([]);
    },
  );

  it('runs api and worker as several replicas, with only the gateway publishing ports', () => {
    for (const name of ['api', 'worker']) {
      expect(services[name].deploy?.replicas).toBeGreaterThan(1);
      // A fixed host port can be bound by one container only: a second replica would not start.
      expect(services[name].ports).toBeUndefined();
    }
    const { config } = loadConfigReading(services.api.environment ?? {});
    expect(services.api.expose).toEqual([String(config.port), String(config.grpc.port)]);
    expect(services.gateway.ports).toEqual([`${new URL(config.publicUrl).port}:80`, '50051:50051']);
  });

  it('shares uploaded images between api replicas', () => {
    const { config } = loadConfigReading(services.api.environment ?? {});
    expect(config.storage.driver).toBe('local');
    expect(services.api.volumes).toContain(`uploads:/app/${config.storage.uploadDir}`);
  });

  it('mounts gateway, Prometheus and Grafana files that exist', () => {
    for (const name of ['gateway', 'prometheus', 'grafana']) {
      for (const volume of services[name].volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
        if (source.startsWith('./')) expect(existsSync(join(ROOT, source))).toBe(true);
      }
    }
    expect(services.prometheus.profiles).toEqual(['observability']);
    expect(services.grafana.profiles).toEqual(['observability']);
  });

  it('routes REST, Socket.IO and gRPC to the api service on the ports it listens on', () => {
    const { config } = loadConfigReading(services.api.environment ?? {});
    const routes = upstreams();
    expect(routes.get('pasar_api')).toEqual([`api:${config.port}`]);
    expect(routes.get('pasar_realtime')).toEqual([`api:${config.port}`]);
    expect(routes.get('pasar_grpc')).toEqual([`api:${config.grpc.port}`]);
    expect(nginx).toMatch(/location \/ \{\s*proxy_pass http:\/\/pasar_api;/);
    expect(nginx).toMatch(
      /location \/socket\.io\/ \{[^}]*Upgrade \$http_upgrade[^}]*pasar_realtime/,
    );
    expect(nginx).toMatch(/grpc_pass grpc:\/\/pasar_grpc;/);
    // Polling Socket.IO sessions live on one replica; their requests must keep going there.
    expect(nginx).toMatch(/upstream pasar_realtime \{[^}]*ip_hash;/);
  });

  it('limits request rates and sizes, with the larger body only on the image upload route', () => {
    expect(nginx).toMatch(/limit_req_zone \$binary_remote_addr zone=pasar_per_ip/);
    expect(nginx).toMatch(/limit_req zone=pasar_per_ip/);
    expect(nginx).toMatch(/^ {4}client_max_body_size 1m;/m);
    const upload = /location ~ (\S+) \{\s*client_max_body_size (\d+)m;/.exec(nginx);
    expect(upload).not.toBeNull();
    const [, pattern, megabytes] = upload!;
    const { config } = loadConfigReading(services.api.environment ?? {});
    expect(Number(megabytes) * 1024 * 1024).toBeGreaterThan(config.storage.maxImageBytes);
    const [uploadPath] = controllerPaths(ProductImagesController).filter(
      (path) => path === '/catalog/products/:id/images',
    );
    expect(new RegExp(pattern).test(uploadPath.replace(':id', 'b3f1c2'))).toBe(true);
    expect(new RegExp(pattern).test('/catalog/products/b3f1c2')).toBe(false);
  });

  it('overwrites X-Forwarded-For, which the API trusts, instead of appending to it', () => {
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(nginx).not.toMatch(/\$proxy_add_x_forwarded_for/);
  });
});

describe('Prometheus and the Grafana dashboard', () => {
  const prometheus = parse(readRepoFile('deploy', 'prometheus', 'prometheus.yml')) as {
    scrape_configs: {
      job_name: string;
      metrics_path: string;
      dns_sd_configs: { names: string[]; port: number }[];
    }[];
  };
  const dashboard = JSON.parse(readRepoFile('deploy', 'grafana', 'dashboards', 'pasar.json')) as {
    panels: Panel[];
    templating: { list: { name: string; current: { value: string } }[] };
  };
  const datasources = parse(
    readRepoFile('deploy', 'grafana', 'provisioning', 'datasources', 'prometheus.yml'),
  ) as { datasources: { uid: string; url: string }[] };

  it('scrapes every api replica on the port and path the API serves metrics on', () => {
    const { config } = loadConfigReading(services.api.environment ?? {});
    const [job] = prometheus.scrape_configs;
    expect(job.metrics_path).toBe('/metrics');
    expect(job.dns_sd_configs).toEqual([
      expect.objectContaining({ names: ['api'], type: 'A', port: config.port }),
    ]);
    const jobVariable = dashboard.templating.list.find((v) => v.name === 'job');
    expect(jobVariable?.current.value).toBe(job.job_name);
  });

  it('charts only metrics the app exports, from the provisioned datasource', () => {
    const metrics = new MetricsService(
      { all: () => [] } as unknown as QueueCatalog,
      { broker: { url: 'amqp://localhost', exchange: 'x', publishTimeoutMs: 1000 } } as AppConfig,
      {} as MikroORM,
    );
    const exported = new Set<string>();
    for (const metric of metrics.registry.getMetricsAsArray()) {
      const { name, type } = metric as unknown as { name: string; type: string };
      exported.add(name);
      if (type === 'histogram')
        for (const suffix of ['_bucket', '_count', '_sum']) exported.add(name + suffix);
    }
    // `up` is Prometheus's own per-target series.
    exported.add('up');

    const charts = dashboard.panels.filter((panel) => panel.type !== 'row');
    expect(charts.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const panel of charts) {
      expect(panel.datasource?.uid).toBe(datasources.datasources[0].uid);
      expect(panel.targets?.length).toBeGreaterThan(0);
      for (const { expr } of panel.targets ?? []) {
        for (const name of metricNames(expr)) {
          expect(`${panel.title}: ${exported.has(name) ? 'exported' : name}`).toBe(
            `${panel.title}: exported`,
          );
          used.add(name);
        }
      }
    }
    // Latency by route, queue depths and the broker backlog are what the dashboard is for.
    expect([...used]).toEqual(
      expect.arrayContaining([
        'pasar_http_request_duration_seconds_bucket',
        'pasar_queue_jobs',
        'pasar_broker_backlog',
      ]),
    );
    expect(datasources.datasources[0].url).toBe('http://prometheus:9090');
  });
});
