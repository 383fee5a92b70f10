import { DomainError, NotFoundError } from '@pasar/shared/domain';
import { ReservationStatus } from './reservation-status';

export class ReservationNotActiveError extends DomainError {
  readonly code = 'INVENTORY.RESERVATION_NOT_ACTIVE';
  readonly kind = 'conflict';
  constructor(id: string, status: ReservationStatus) {
    super(`Reservation ${id} is ${status}`, { status });
  }
}

/** Only sold units can come back: the reservation must be committed. */
export class ReservationNotCommittedError extends DomainError {
  readonly code = 'INVENTORY.RESERVATION_NOT_COMMITTED';
  readonly kind = 'conflict';
  constructor(id: string, status: ReservationStatus) {
    super(`Reservation ${id} is ${status}, not committed`, { status });
  }
}

/** The shop sold nothing under the reservation, so it has nothing to take back. */
export class NothingToReturnError extends DomainError {
  readonly code = 'INVENTORY.NOTHING_TO_RETURN';
  readonly kind = 'unprocessable';
  constructor(reference: string, shopId: string) {
    super(`Reservation ${reference} holds nothing of shop ${shopId}`, { reference, shopId });
  }
}

export class ReservationNotExpiredError extends DomainError {
  readonly code = 'INVENTORY.RESERVATION_NOT_EXPIRED';
  readonly kind = 'conflict';
  constructor(expiresAt: Date) {
    super(`The reservation holds its stock until ${expiresAt.toISOString()}`, {
      expiresAt: expiresAt.toISOString(),
    });
  }
}

export class InvalidReservationError extends DomainError {
  readonly code = 'INVENTORY.INVALID_RESERVATION';
  readonly kind = 'invalid';
  constructor(reason: string) {
    super(reason);
  }
}

export const reservationNotFound = (id?: string) =>
  new NotFoundError('INVENTORY.RESERVATION_NOT_FOUND', 'Reservation', id);
