import { AppConfig } from '../config/app-config';

/**
 * Where Socket.IO's Redis adapter (API instances) and emitter (the worker) meet: the key prefix
 * of their pub/sub channels. Both sides must use this, or emits from the worker reach no one.
 */
export const socketIoRedisKey = (config: AppConfig): string => `${config.redisPrefix}:socket.io`;

/** The namespace of the realtime API (chat, presence, in-app notifications). */
export const REALTIME_NAMESPACE = '/chat';

/** The room every socket of a user joins on connect; the worker emits notifications to it. */
export const userRoom = (userId: string): string => `user:${userId}`;
