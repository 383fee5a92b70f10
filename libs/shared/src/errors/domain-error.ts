/**
 * The kinds of failure the domain can report. The HTTP filter and the WebSocket ack map
 * each kind to a status; the domain never speaks HTTP.
 */
export type DomainErrorKind =
  | 'invalid' // 400: the request breaks a rule the client could have checked
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409: the state of the world does not allow it now
  | 'unprocessable' // 422: well-formed, but breaks a business rule
  | 'too_many_requests' // 429
  | 'unavailable'; // 503: a dependency (e.g. a payment provider) is down; try again later

/**
 * Base of every business error. `code` is stable (clients switch on it), written as
 * `CONTEXT.REASON`, e.g. `IDENTITY.EMAIL_TAKEN`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A resource that does not exist, or that the caller may not know exists. */
export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;

  constructor(
    readonly code: string,
    resource: string,
    id?: string,
  ) {
    super(id ? `${resource} ${id} was not found` : `${resource} was not found`);
  }
}
