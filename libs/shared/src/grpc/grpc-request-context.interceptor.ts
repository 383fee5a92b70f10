import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Observable } from 'rxjs';

/**
 * Each call gets its own MikroORM context, as an HTTP request does through the ORM's
 * middleware (which only HTTP runs): handlers never share an identity map across calls.
 */
@Injectable()
export class GrpcRequestContextInterceptor implements NestInterceptor {
  constructor(private readonly orm: MikroORM) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return new Observable((subscriber) =>
      RequestContext.create(this.orm.em, () => next.handle().subscribe(subscriber)),
    );
  }
}
