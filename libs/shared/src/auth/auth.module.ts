import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { AccessTokenVerifier } from './access-token-verifier';
import { JwtAuthGuard, RolesGuard } from './guards';
import { signingKey } from './signing-key';
import { TokenDenyList } from './token-deny-list';

/**
 * The auth kernel every process has: JWT signing/verification and the deny-list. The passport
 * strategy and the guards belong to HTTP processes only (HttpKernelModule): passport keeps
 * strategies in one process-wide registry, so a worker started beside an API in the same
 * process (as the e2e specs do) must not replace the API's strategy with its own.
 */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: signingKey(config),
        signOptions: { algorithm: 'HS256', expiresIn: config.jwt.accessTtlSeconds },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [TokenDenyList, AccessTokenVerifier],
  exports: [JwtModule, TokenDenyList, AccessTokenVerifier],
})
export class AuthModule {}

/** The guards every HTTP app installs, in order: authenticate, then authorize. */
export const AUTH_GUARDS = [
  { provide: APP_GUARD, useClass: JwtAuthGuard },
  { provide: APP_GUARD, useClass: RolesGuard },
];
