import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBody } from './error-body';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (REQUEST.VALIDATION_FAILED names each field)',
  401: 'Missing, invalid, expired or revoked access token',
  403: 'Authenticated, but this role may not do this',
  404: 'Not found, or not yours',
  409: 'Conflicts with the current state',
  422: 'Breaks a business rule',
  429: 'Rate limit exceeded',
};

/** Documents the error responses of a route, all in the ErrorBody shape. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, type: ErrorBody, description: DESCRIPTIONS[status] ?? 'Error' }),
    ),
  );
}
