import { ExecutionContext, SetMetadata } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { LeasedThrottlerStorage } from './leased-throttler-storage';

const AUTH_RATE_LIMIT = 'pasar:auth-rate-limit';

/** The tighter per-IP limit for credential and OTP routes (RATE_LIMIT_AUTH per window). */
export const AuthRateLimit = () => SetMetadata(AUTH_RATE_LIMIT, true);

/**
 * Two throttlers on a Redis store shared by every API instance: `default` and `auth`. The
 * store leases hits in batches for the high default limit (no Redis round trip per request).
 */
export const RateLimitModule = ThrottlerModule.forRootAsync({
  inject: [AppConfig, Redis],
  useFactory: (config: AppConfig, redis: Redis) => {
    const ttl = config.rateLimit.windowSeconds * 1000;
    return {
      throttlers: [
        { name: 'default', ttl, limit: config.rateLimit.defaultLimit },
        {
          name: 'auth',
          ttl,
          limit: config.rateLimit.authLimit,
          skipIf: (context: ExecutionContext) =>
            Reflect.getMetadata(AUTH_RATE_LIMIT, context.getHandler()) !== true,
        },
      ],
      storage: new LeasedThrottlerStorage(redis),
      errorMessage: 'Too many requests',
    };
  },
});
