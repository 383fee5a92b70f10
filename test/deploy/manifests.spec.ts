import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as kubernetesModels from 'kubernetes-models';
import { parseAllDocuments } from 'yaml';
import { OperationsController } from '../../libs/shared/src/observability/operations.controller';
import { controllerPaths, loadConfigReading, readRepoFile, ROOT } from './deploy-support';

/**
 * The Kubernetes manifests in deploy/k8s, checked offline: every document against the Kubernetes
 * API's JSON schemas (bundled with kubernetes-models), strictly (no field the API doesn't know),
 * plus the references between them and what the app really serves and reads.
 */

type Manifest = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
};
interface Document {
  file: string;
  index: number;
  manifest: Manifest;
}
interface SchemaError {
  instancePath: string;
  message?: string;
}
type ModelClass = (new (data: unknown) => { validate(): void }) & {
  apiVersion: string;
  kind: string;
};
interface EnvVar {
  name: string;
  value?: string;
}
interface Container {
  name: string;
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  env?: EnvVar[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  startupProbe?: { httpGet?: { path: string; port: string | number } };
}
interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec: { containers: Container[] };
}

const K8S_DIR = join(ROOT, 'deploy', 'k8s');
const KUSTOMIZATION = 'kustomization.yaml';

function loadDocuments(): Document[] {
  return readdirSync(K8S_DIR)
    .filter((file) => /\.ya?ml$/.test(file) && file !== KUSTOMIZATION)
    .sort()
    .flatMap((file) =>
      parseAllDocuments(readRepoFile('deploy', 'k8s', file)).map((parsed, index) => {
        if (parsed.errors.length > 0) throw new Error(`${file}#${index}: ${parsed.errors[0]}`);
        return { file, index, manifest: parsed.toJS() as Manifest };
      }),
    );
}

/** Every model class kubernetes-models ships, by `apiVersion/kind`. */
function modelsByType(): Map<string, ModelClass> {
  const found = new Map<string, ModelClass>();
  const visit = (value: unknown, seen: Set<unknown>) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
    if (seen.has(value)) return;
    seen.add(value);
    const model = value as Partial<ModelClass>;
    if (typeof value === 'function' && model.apiVersion && model.kind) {
      found.set(`${model.apiVersion}/${model.kind}`, value as ModelClass);
      return;
    }
    if (typeof value === 'object') for (const child of Object.values(value)) visit(child, seen);
  };
  visit(kubernetesModels, new Set());
  return found;
}

function schemaErrors(model: ModelClass, manifest: unknown): SchemaError[] {
  try {
    new model(manifest).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: SchemaError[] }).errors;
    if (!errors) throw error;
    return errors;
  }
}

const pointer = (path: (string | number)[]) =>
  path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/**
 * Fields the schema does not know. The bundled validators accept unknown properties (as the API
 * server's non-strict decoding does, dropping them), so a misspelt `readinesProbe` would pass.
 * Each field is probed instead: replaced by a value no schema type accepts, a known field
 * yields an error at its own path, while an unknown one is never looked at.
 */
function unknownFields(model: ModelClass, manifest: Manifest): string[] {
  const unknown: string[] = [];
  const notAnyType = () => undefined;
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      const at = [...path, key];
      const probe = structuredClone(manifest);
      const parent = path.reduce<Record<string | number, unknown>>(
        (node, part) => node[part] as Record<string | number, unknown>,
        probe,
      );
      parent[key] = notAnyType;
      if (!schemaErrors(model, probe).some((error) => error.instancePath === pointer(at))) {
        unknown.push(pointer(at));
        continue;
      }
      visit((value as Record<string, unknown>)[key], at);
    }
  };
  visit(manifest, []);
  return unknown;
}

const documents = loadDocuments();
const models = modelsByType();
const named = (kind: string, name: string): Manifest => {
  const found = documents.find(
    (d) => d.manifest.kind === kind && d.manifest.metadata.name === name,
  );
  if (!found) throw new Error(`no ${kind} ${name} in deploy/k8s`);
  return found.manifest;
};
function podTemplate(manifest: Manifest): PodTemplate {
  if (manifest.kind !== 'Job' && manifest.kind !== 'Deployment') {
    throw new Error(`${manifest.kind} has no pod template`);
  }
  return (manifest as unknown as { spec: { template: PodTemplate } }).spec.template;
}
const workloads = documents.filter((d) => ['Deployment', 'Job'].includes(d.manifest.kind));
const label = (d: Document) =>
  `${d.file}#${d.index} (${d.manifest.kind} ${d.manifest.metadata?.name})`;

describe('Kubernetes manifests (deploy/k8s)', () => {
  it('has the namespace, config, secret, workloads, services, ingress and autoscalers', () => {
    const kinds = documents.map((d) => `${d.manifest.kind}/${d.manifest.metadata.name}`).sort();
    expect(kinds).toEqual(
      [
        'ConfigMap/pasar-config',
        'Deployment/pasar-api',
        'Deployment/pasar-worker',
        'HorizontalPodAutoscaler/pasar-api',
        'HorizontalPodAutoscaler/pasar-worker',
        'Ingress/pasar',
        'Job/pasar-migrate',
        'Namespace/pasar',
        'Secret/pasar-secrets',
        'Service/pasar-api',
      ].sort(),
    );
  });

  it.each(documents.map((d) => [label(d), d] as const))(
    '%s matches the Kubernetes schema',
    (_, { manifest }) => {
      const model = models.get(`${manifest.apiVersion}/${manifest.kind}`);
      if (!model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`);
      const errors = schemaErrors(model, manifest).map((e) => `${e.instancePath} ${e.message}`);
      expect(errors).toEqual([]);
      expect(unknownFields(model, manifest)).toEqual([]);
    },
  );

  it('the schema check catches wrong types and misspelt fields', () => {
    const api = named('Deployment', 'pasar-api');
    const model = models.get('apps/v1/Deployment')!;
    const broken = structuredClone(api) as unknown as { spec: { template: PodTemplate } };
    const container = broken.spec.template.spec.containers[0] as unknown as Record<string, unknown>;
    (container.ports as { containerPort: unknown }[])[0].containerPort = 'three thousand';
    container.readinesProbe = container.readinessProbe;
    expect(schemaErrors(model, broken).map((e) => e.instancePath)).toEqual([
      '/spec/template/spec/containers/0/ports/0/containerPort',
    ]);
    expect(unknownFields(model, broken as unknown as Manifest)).toEqual([
      '/spec/template/spec/containers/0/readinesProbe',
    ]);
  });

  it('kustomization.yaml lists every manifest file', () => {
    const kustomization = parseAllDocuments(readRepoFile('deploy', 'k8s', KUSTOMIZATION))[0].toJS();
    const files = [...new Set(documents.map((d) => d.file))].sort();
    expect([...(kustomization.resources as string[])].sort()).toEqual(files);
  });

  it('probes the API on the health routes it serves, on a port it declares', () => {
    const served = controllerPaths(OperationsController);
    expect(served).toEqual(expect.arrayContaining(['/health/ready', '/health/live']));
    const [api] = podTemplate(named('Deployment', 'pasar-api')).spec.containers;
    expect(api.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(api.livenessProbe?.httpGet?.path).toBe('/health/live');
    for (const probe of [api.readinessProbe, api.livenessProbe, api.startupProbe]) {
      if (!probe) continue;
      expect(served).toContain(probe.httpGet?.path);
      expect(api.ports?.map((p) => p.name)).toContain(probe.httpGet?.port);
    }
  });

  it('gives every workload a configuration the app accepts, with no variable it ignores', () => {
    const configMap = named('ConfigMap', 'pasar-config') as unknown as {
      data: Record<string, string>;
    };
    const secret = named('Secret', 'pasar-secrets') as unknown as {
      stringData: Record<string, string>;
    };
    const sources: Record<string, Record<string, string>> = {
      'configMap:pasar-config': configMap.data,
      'secret:pasar-secrets': secret.stringData,
    };
    // A shared source's variable only has to be read by one of the workloads it reaches (the
    // worker ignores the gRPC token the api needs); a workload's own `env` by that workload.
    const set = new Set<string>();
    const readSomewhere = new Set<string>();
    for (const workload of workloads) {
      for (const container of podTemplate(workload.manifest).spec.containers) {
        const env: Record<string, string> = {};
        const origin = new Map<string, string>();
        for (const from of container.envFrom ?? []) {
          const source = from.configMapRef
            ? `configMap:${from.configMapRef.name}`
            : `secret:${from.secretRef?.name}`;
          if (!sources[source]) throw new Error(`${label(workload)}: unknown ${source}`);
          for (const [name, value] of Object.entries(sources[source])) {
            env[name] = value;
            origin.set(name, source);
          }
        }
        for (const variable of container.env ?? []) {
          if (variable.value === undefined) throw new Error(`${variable.name}: only plain values`);
          env[variable.name] = variable.value;
          origin.set(variable.name, `${label(workload)} env`);
        }
        const { config, read } = loadConfigReading(env);
        expect(config.nodeEnv).toBe('production');
        for (const [name, source] of origin) {
          set.add(`${source}/${name}`);
          if (read.has(name)) readSomewhere.add(`${source}/${name}`);
        }
      }
    }
    const ignored = [...set].filter((key) => !readSomewhere.has(key));
    expect(ignored).toEqual([]);
  });

  it('wires services, ingress and autoscalers to workloads that exist', () => {
    const service = named('Service', 'pasar-api') as unknown as {
      spec: { selector: Record<string, string>; ports: { name: string; targetPort: string }[] };
    };
    const api = podTemplate(named('Deployment', 'pasar-api'));
    expect(api.metadata?.labels).toMatchObject(service.spec.selector);
    const containerPorts = api.spec.containers.flatMap((c) => c.ports ?? []);
    for (const port of service.spec.ports) {
      expect(containerPorts.map((p) => p.name)).toContain(port.targetPort);
    }
    // The container ports are the ones the app listens on with this configuration.
    const { config } = loadConfigReading({
      ...(named('ConfigMap', 'pasar-config') as unknown as { data: Record<string, string> }).data,
      ...(named('Secret', 'pasar-secrets') as unknown as { stringData: Record<string, string> })
        .stringData,
    });
    expect(containerPorts).toEqual(
      expect.arrayContaining([
        { name: 'http', containerPort: config.port },
        { name: 'grpc', containerPort: config.grpc.port },
      ]),
    );

    const ingress = named('Ingress', 'pasar') as unknown as {
      spec: {
        rules: {
          http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] };
        }[];
      };
    };
    for (const rule of ingress.spec.rules) {
      for (const { backend } of rule.http.paths) {
        expect(backend.service.name).toBe('pasar-api');
        expect(service.spec.ports.map((p) => p.name)).toContain(backend.service.port.name);
      }
    }

    for (const name of ['pasar-api', 'pasar-worker']) {
      const hpa = named('HorizontalPodAutoscaler', name) as unknown as {
        spec: { scaleTargetRef: { kind: string; name: string }; metrics: unknown[] };
      };
      expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name });
      // CPU utilisation is relative to the containers' CPU requests: without them it never fires.
      for (const container of podTemplate(named('Deployment', name)).spec.containers) {
        expect(container).toMatchObject({ resources: { requests: { cpu: expect.any(String) } } });
      }
    }
  });
});
