import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATH_METADATA } from '@nestjs/common/constants';
import { Env, loadConfig } from '@pasar/shared';

export const ROOT = join(__dirname, '..', '..');

export function readRepoFile(...path: string[]): string {
  return readFileSync(join(ROOT, ...path), 'utf8');
}

/**
 * Runs the app's own config loader over `env` and tells which variables it read. A variable a
 * deployment sets but the loader never reads is a typo or a leftover: it silently does nothing.
 */
export function loadConfigReading(env: Env): {
  config: ReturnType<typeof loadConfig>;
  read: Set<string>;
} {
  const read = new Set<string>();
  const recording = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name) as unknown;
    },
  });
  return { config: loadConfig(recording), read };
}

/** The HTTP paths a Nest controller class serves, as `/prefix/route`. */
export function controllerPaths(controller: { prototype: object }): string[] {
  const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
  return Object.getOwnPropertyNames(controller.prototype)
    .map((name) => (controller.prototype as Record<string, unknown>)[name])
    .filter((method) => typeof method === 'function')
    .map((method) => Reflect.getMetadata(PATH_METADATA, method as object) as string | undefined)
    .filter((path): path is string => path !== undefined)
    .map((path) => `/${[prefix, path].filter((part) => part && part !== '/').join('/')}`);
}
