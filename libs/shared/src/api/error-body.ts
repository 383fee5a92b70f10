import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DomainError, DomainErrorKind } from '../errors/domain-error';
import { ValidationFailedException } from './validation';

/** The one shape of every error Pasar returns. */
export class ErrorBody {
  @ApiProperty({ example: 404 })
  statusCode!: number;

  @ApiProperty({ example: 'IDENTITY.ADDRESS_NOT_FOUND', description: 'Stable; switch on this.' })
  code!: string;

  @ApiProperty({ example: 'Address 5f0c… was not found' })
  message!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;
}

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'REQUEST.INVALID',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'REQUEST.NOT_FOUND',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  406: 'REQUEST.NOT_ACCEPTABLE',
  409: 'REQUEST.CONFLICT',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  422: 'REQUEST.UNPROCESSABLE',
  429: 'REQUEST.RATE_LIMITED',
  503: 'SERVICE.UNAVAILABLE',
};

function body(
  statusCode: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): ErrorBody {
  return details ? { statusCode, code, message, details } : { statusCode, code, message };
}

/** Maps anything thrown to the error shape; unknown errors become a 500 without internals. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof DomainError) {
    return body(STATUS_BY_KIND[error.kind], error.code, error.message, error.details);
  }
  if (error instanceof ValidationFailedException) {
    return body(400, 'REQUEST.VALIDATION_FAILED', error.message, { fields: error.fields });
  }
  if (error instanceof ThrottlerException) {
    return body(429, 'REQUEST.RATE_LIMITED', 'Too many requests; slow down and retry later');
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? String((response as { message: unknown }).message)
        : error.message;
    // A failed readiness check (Terminus) keeps its per-dependency report.
    const details =
      status === 503 && typeof response === 'object' && response !== null && 'details' in response
        ? { checks: (response as { details: unknown }).details }
        : undefined;
    return body(status, CODE_BY_STATUS[status] ?? `HTTP.${status}`, message, details);
  }
  if (error instanceof UniqueConstraintViolationException) {
    return body(409, 'REQUEST.CONFLICT', 'The resource already exists or was changed concurrently');
  }
  if (!(error instanceof DriverException) && isClientError(error)) {
    const status = error.statusCode;
    return body(status, CODE_BY_STATUS[status] ?? `HTTP.${status}`, error.message);
  }
  return body(500, 'INTERNAL', 'Something went wrong on our side');
}

/** Fastify's own errors (body parsing, content type, size) carry a 4xx statusCode. */
function isClientError(error: unknown): error is { statusCode: number; message: string } {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
