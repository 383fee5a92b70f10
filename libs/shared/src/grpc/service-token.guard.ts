import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { AppConfig } from '../config/app-config';

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * Every RPC needs the service credential: `authorization: Bearer <GRPC_SERVICE_TOKEN>` in the
 * call's metadata. Digests are compared, in constant time, so neither the token's content
 * nor its length leaks through timing.
 */
@Injectable()
export class ServiceTokenGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(config: AppConfig) {
    this.expected = sha256(config.grpc.serviceToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const metadata = context.switchToRpc().getContext<Metadata>();
    const [header] = metadata.get('authorization');
    const match = typeof header === 'string' ? /^Bearer (.+)$/i.exec(header) : null;
    if (!match || !timingSafeEqual(sha256(match[1]), this.expected)) {
      throw new UnauthorizedException(
        'A valid service credential is required: authorization: Bearer <token>',
      );
    }
    return true;
  }
}
