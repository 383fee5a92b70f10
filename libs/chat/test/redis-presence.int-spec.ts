import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { AppConfig } from '@pasar/shared';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { ChatCoreModule } from '@pasar/chat';
import { Presence } from '../src/application/ports/presence';
import { RedisPresence } from '../src/infrastructure/realtime/redis-presence';

// Renewed every third of it: two seconds leave a loaded CI machine plenty of slack.
const TTL_SECONDS = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two API instances' presence on one Redis, with a short heartbeat TTL. */
describe('chat presence across instances (Redis)', () => {
  let context: IntegrationContext;
  let presence: Presence;
  let redis: Redis;

  beforeAll(async () => {
    context = await startIntegrationContext(
      { imports: [ChatCoreModule] },
      { CHAT_PRESENCE_TTL_SECONDS: String(TTL_SECONDS) },
    );
    presence = context.module.get(Presence);
    redis = context.module.get(Redis);
  });
  afterAll(() => context.close());

  /** Another instance on its own Redis connection, which a "crash" cuts without any cleanup. */
  async function otherInstance(ttlSeconds = TTL_SECONDS) {
    const connection = redis.duplicate();
    const config = new AppConfig({
      ...context.config,
      chat: { ...context.config.chat, presenceTtlSeconds: ttlSeconds },
    });
    const other = new RedisPresence(connection, config);
    await other.onModuleInit();
    return {
      presence: other,
      crash: () => connection.disconnect(),
      async stop() {
        await other.onApplicationShutdown();
        connection.disconnect();
      },
    };
  }

  it('stops counting a crashed instance’s sockets once its heartbeat lapses', async () => {
    const crashing = await otherInstance();
    const [ana, budi] = [randomUUID(), randomUUID()];
    const roomId = randomUUID();
    try {
      await crashing.presence.connected(ana);
      expect(await crashing.presence.joinedRoom(roomId, ana)).toBe(true);
      await presence.connected(budi);
      expect(await presence.onlineAmong([ana, budi])).toEqual(new Set([ana, budi]));
      // Ana is in the room on the other instance, so her socket here is not her first there.
      expect(await presence.joinedRoom(roomId, ana)).toBe(false);
      expect(await presence.leftRoom(roomId, ana)).toBe(false);

      crashing.crash();
      // Still within the heartbeat's TTL: the crash is not noticed yet.
      expect(await presence.onlineAmong([ana])).toEqual(new Set([ana]));
      await sleep(TTL_SECONDS * 1000 + 500);

      expect(await presence.onlineAmong([ana, budi])).toEqual(new Set([budi]));
      // Her next socket in the room is the first one alive there, and its leaving the last.
      expect(await presence.joinedRoom(roomId, ana)).toBe(true);
      expect(await presence.leftRoom(roomId, ana)).toBe(true);
      // The dead instance's shares were removed, not only ignored.
      expect(await redis.exists(`chat:online:user:${ana}`)).toBe(0);
      await presence.disconnected(budi);
      expect(await presence.onlineAmong([budi])).toEqual(new Set());
    } finally {
      await crashing.stop();
    }
  });

  it('keeps a live instance’s sockets counted past the TTL, and uncounts them cleanly', async () => {
    const other = await otherInstance();
    const ana = randomUUID();
    try {
      await other.presence.connected(ana);
      await other.presence.connected(ana);
      await sleep(TTL_SECONDS * 1000 + 500);
      expect(await presence.onlineAmong([ana])).toEqual(new Set([ana]));
      await other.presence.disconnected(ana);
      expect(await presence.onlineAmong([ana])).toEqual(new Set([ana]));
      await other.presence.disconnected(ana);
      expect(await presence.onlineAmong([ana])).toEqual(new Set());
    } finally {
      await other.stop();
    }
  });

  it('counts a stopped instance’s remaining sockets as gone at once', async () => {
    const other = await otherInstance();
    const ana = randomUUID();
    await other.presence.connected(ana);
    expect(await presence.onlineAmong([ana])).toEqual(new Set([ana]));
    await other.stop();
    expect(await presence.onlineAmong([ana])).toEqual(new Set());
  });

  it('writes its shares again when its own heartbeat lapsed and others removed them', async () => {
    const other = await otherInstance(3);
    const ana = randomUUID();
    try {
      await other.presence.connected(ana);
      // As if Redis had been out of reach longer than the TTL: its heartbeat gone and its share
      // pruned by another instance. Only its own write-back can make Ana count again.
      // (Share first, heartbeat second: a renewal in between then still finds it lapsed.)
      await redis.del(`chat:online:user:${ana}`);
      const prefix = redis.options.keyPrefix ?? '';
      const heartbeats = await redis.keys(`${prefix}chat:online:instance:*`);
      await redis.del(...heartbeats.map((key) => key.slice(prefix.length)));
      await sleep(1300);
      expect(await presence.onlineAmong([ana])).toEqual(new Set([ana]));
    } finally {
      await other.stop();
    }
  });
});
