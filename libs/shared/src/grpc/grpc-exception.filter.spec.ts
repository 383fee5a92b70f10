import { status } from '@grpc/grpc-js';
import { UnauthorizedException } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ThrottlerException } from '@nestjs/throttler';
import { lastValueFrom } from 'rxjs';
import { ValidationFailedException } from '../api/validation';
import { DomainError, DomainErrorKind, NotFoundError } from '../errors/domain-error';
import {
  ERROR_CODE_TRAILER,
  ERROR_DETAILS_TRAILER,
  GrpcExceptionFilter,
  toGrpcError,
} from './grpc-exception.filter';

const failure = (kind: DomainErrorKind, code: string, details?: Record<string, unknown>) =>
  new (class extends DomainError {
    readonly kind = kind;
    readonly code = code;
  })(`${code} happened`, details);

describe('toGrpcError', () => {
  it.each<[string, unknown, status]>([
    ['invalid', failure('invalid', 'X.BAD'), status.INVALID_ARGUMENT],
    ['unauthenticated', failure('unauthenticated', 'X.WHO'), status.UNAUTHENTICATED],
    ['forbidden', failure('forbidden', 'X.NO'), status.PERMISSION_DENIED],
    ['not found', new NotFoundError('X.MISSING', 'Thing', 'id-1'), status.NOT_FOUND],
    ['conflict', failure('conflict', 'X.ILLEGAL_TRANSITION'), status.FAILED_PRECONDITION],
    ['taken', failure('conflict', 'IDENTITY.EMAIL_TAKEN'), status.ALREADY_EXISTS],
    ['exists', failure('conflict', 'SHOPS.OFFER_EXISTS'), status.ALREADY_EXISTS],
    ['unprocessable', failure('unprocessable', 'X.RULE'), status.FAILED_PRECONDITION],
    ['too many', failure('too_many_requests', 'X.SLOW'), status.RESOURCE_EXHAUSTED],
    ['unavailable', failure('unavailable', 'PAYMENTS.DOWN'), status.UNAVAILABLE],
  ])('maps a %s domain error by its kind', (_name, error, expected) => {
    expect(toGrpcError(error).code).toBe(expected);
  });

  it('keeps the stable code and the details in the trailers', () => {
    const error = toGrpcError(failure('conflict', 'X.SHORT', { lines: [{ requested: 3 }] }));
    expect(error.message).toBe('X.SHORT happened');
    expect(error.metadata.get(ERROR_CODE_TRAILER)).toEqual(['X.SHORT']);
    expect(JSON.parse(error.metadata.get(ERROR_DETAILS_TRAILER)[0].toString())).toEqual({
      lines: [{ requested: 3 }],
    });
  });

  it('names the invalid fields of a failed validation', () => {
    const error = toGrpcError(
      new ValidationFailedException([{ field: 'quantity', messages: ['quantity must be ≥ 1'] }]),
    );
    expect(error).toMatchObject({
      code: status.INVALID_ARGUMENT,
      message: 'Validation failed: quantity',
    });
    expect(error.metadata.get(ERROR_CODE_TRAILER)).toEqual(['REQUEST.VALIDATION_FAILED']);
    expect(JSON.parse(error.metadata.get(ERROR_DETAILS_TRAILER)[0].toString())).toEqual({
      fields: [{ field: 'quantity', messages: ['quantity must be ≥ 1'] }],
    });
  });

  it('maps the kernel’s own exceptions and a unique index like HTTP does', () => {
    expect(toGrpcError(new UnauthorizedException()).code).toBe(status.UNAUTHENTICATED);
    expect(toGrpcError(new ThrottlerException()).code).toBe(status.RESOURCE_EXHAUSTED);
    const duplicate = new UniqueConstraintViolationException(new Error('duplicate key'));
    expect(toGrpcError(duplicate).code).toBe(status.ALREADY_EXISTS);
  });

  it('hides anything unexpected behind INTERNAL', () => {
    const error = toGrpcError(new Error('connection string with a password'));
    expect(error).toMatchObject({
      code: status.INTERNAL,
      message: 'Something went wrong on our side',
    });
    expect(error.metadata.get(ERROR_CODE_TRAILER)).toEqual(['INTERNAL']);
  });
});

describe('GrpcExceptionFilter', () => {
  it('answers the mapped error as the observable grpc-js sends back', async () => {
    const filter = new GrpcExceptionFilter();
    const answer = filter.catch(new NotFoundError('X.MISSING', 'Thing'), {} as never);
    await expect(lastValueFrom(answer)).rejects.toMatchObject({ code: status.NOT_FOUND });
  });
});
