import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { Metadata, status } from '@grpc/grpc-js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Observable, throwError } from 'rxjs';
import { toErrorBody } from '../api/error-body';
import { DomainError } from '../errors/domain-error';

/** What grpc-js sends back for an error: the status, its message and trailing metadata. */
export interface GrpcError {
  code: status;
  message: string;
  metadata: Metadata;
}

/** Trailer carrying the stable error code (the HTTP body's `code`), e.g. `INVENTORY.INSUFFICIENT_STOCK`. */
export const ERROR_CODE_TRAILER = 'pasar-error-code';
/**
 * Trailer carrying the error's details as UTF-8 JSON, when it has any (e.g. the invalid
 * fields). A binary (`-bin`) key, since text metadata allows printable ASCII only.
 */
export const ERROR_DETAILS_TRAILER = 'pasar-error-details-bin';

const STATUS_BY_HTTP: Record<number, status> = {
  400: status.INVALID_ARGUMENT,
  401: status.UNAUTHENTICATED,
  403: status.PERMISSION_DENIED,
  404: status.NOT_FOUND,
  409: status.FAILED_PRECONDITION,
  422: status.FAILED_PRECONDITION,
  429: status.RESOURCE_EXHAUSTED,
  503: status.UNAVAILABLE,
};

/** Conflicts that say "this already exists" (EMAIL_TAKEN, OFFER_EXISTS, a unique index). */
function alreadyExists(exception: unknown): boolean {
  if (exception instanceof UniqueConstraintViolationException) return true;
  return (
    exception instanceof DomainError &&
    exception.kind === 'conflict' &&
    /_(TAKEN|EXISTS)$/.test(exception.code)
  );
}

/**
 * Anything thrown to a gRPC status. It goes through the HTTP error body first, so both
 * transports agree on codes and messages; the status follows the HTTP one.
 */
export function toGrpcError(exception: unknown): GrpcError {
  const body = toErrorBody(exception);
  const metadata = new Metadata();
  metadata.set(ERROR_CODE_TRAILER, body.code);
  if (body.details) {
    metadata.set(ERROR_DETAILS_TRAILER, Buffer.from(JSON.stringify(body.details), 'utf8'));
  }
  const code = alreadyExists(exception)
    ? status.ALREADY_EXISTS
    : (STATUS_BY_HTTP[body.statusCode] ??
      (body.statusCode < 500 ? status.INVALID_ARGUMENT : status.INTERNAL));
  return { code, message: body.message, metadata };
}

/** The one place errors become gRPC statuses (HttpErrorFilter's counterpart). */
@Catch()
export class GrpcExceptionFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('GrpcError');

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    const error = toGrpcError(exception);
    if (error.code === status.INTERNAL) this.logger.error({ err: exception }, 'unhandled error');
    return throwError(() => error);
  }
}
