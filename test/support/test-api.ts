import { MikroORM, RequestContext } from '@mikro-orm/core';
import { CommandBus } from '@nestjs/cqrs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { RegisterUserCommand, SimulatedCodeSender } from '@pasar/identity';
import { AppConfig, Env, Role } from '@pasar/shared';
import { createTestEnvironment, TestEnvironment } from '@pasar/shared/testing';
import { createHttpApp } from '../../apps/api/src/http-app';

/** The real HTTP app on a random loopback port, on its own database and Redis prefix. */
export interface TestApi {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  http(): ReturnType<typeof request>;
  /** Runs a command as trusted code would (seed, CLI), e.g. to create an admin. */
  command<T>(command: object): Promise<T>;
  codes: SimulatedCodeSender;
  /** Every route the Fastify server registered (Nest controllers and plugins alike). */
  routes: { method: string; url: string }[];
  close(): Promise<void>;
}

export async function startTestApi(env: Env = {}): Promise<TestApi> {
  const environment = await createTestEnvironment(env);
  try {
    return await start(environment);
  } catch (error) {
    await environment.destroy();
    throw error;
  }
}

/**
 * A second API instance on the same database and Redis prefix as `api` (another replica behind
 * the load balancer). Closing it leaves the shared environment to `api`.
 */
export function startReplica(api: TestApi): Promise<TestApi> {
  return start({ config: api.config, destroy: async () => undefined });
}

async function start(environment: TestEnvironment): Promise<TestApi> {
  const app = await createHttpApp(environment.config);
  const routes: TestApi['routes'] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    });
  await app.startAllMicroservices();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const orm = app.get(MikroORM);
  return {
    app,
    config: environment.config,
    baseUrl,
    http: () => request(baseUrl),
    command: (command) =>
      RequestContext.create(orm.em, () => app.get(CommandBus).execute(command as never)),
    codes: app.get(SimulatedCodeSender),
    routes,
    async close() {
      await app.close();
      await environment.destroy();
    },
  };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  auth: { authorization: string };
}

let counter = 0;

/** Registers (admins through the command, as only the seed and CLI may) and signs in. */
export async function signUp(
  api: TestApi,
  role: Role = 'buyer',
  email?: string,
): Promise<TestUser> {
  const address = email ?? `${role}${++counter}.${Date.now()}@example.com`;
  const password = 'correct horse battery';
  if (role === 'admin') {
    await api.command(new RegisterUserCommand(address, password, 'Admin', 'admin'));
  } else {
    await api
      .http()
      .post('/auth/register')
      .send({ email: address, password, name: 'Test User', role })
      .expect(201);
  }
  const login = await api.http().post('/auth/login').send({ email: address, password }).expect(200);
  const me = await api
    .http()
    .get('/me')
    .set('authorization', `Bearer ${login.body.accessToken}`)
    .expect(200);
  return {
    id: me.body.id,
    email: address,
    password,
    accessToken: login.body.accessToken,
    refreshToken: login.body.refreshToken,
    auth: { authorization: `Bearer ${login.body.accessToken}` },
  };
}
