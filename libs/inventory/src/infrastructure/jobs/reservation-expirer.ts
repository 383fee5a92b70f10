import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { NotFoundError } from '@pasar/shared';
import { ExpireDueReservationsCommand } from '../../application/commands/expire-due-reservations/expire-due-reservations.command';
import { ExpireReservationCommand } from '../../application/commands/expire-reservation/expire-reservation.command';
import {
  ReservationNotActiveError,
  ReservationNotExpiredError,
} from '../../domain/reservation/reservation.errors';

/**
 * What became of one expiry attempt. Only `early` asks for another try (at `expiresAt`); the
 * others are final: the reservation is expired (now or before), was settled first, or is unknown.
 */
export type ExpiryOutcome =
  | { outcome: 'expired' }
  | { outcome: 'settled'; status: unknown }
  | { outcome: 'missing' }
  | { outcome: 'early'; expiresAt: Date };

/** Runs ExpireReservationCommand in a fresh MikroORM context and sorts out its refusals. */
@Injectable()
export class ReservationExpirer {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {}

  /** Expires up to `limit` due reservations in one transaction; answers how many. */
  expireDue(limit: number): Promise<number> {
    return RequestContext.create(this.orm.em, () =>
      this.commands.execute(new ExpireDueReservationsCommand(limit)),
    );
  }

  async expire(reservationId: string): Promise<ExpiryOutcome> {
    try {
      await RequestContext.create(this.orm.em, () =>
        this.commands.execute(new ExpireReservationCommand(reservationId)),
      );
      return { outcome: 'expired' };
    } catch (error) {
      if (error instanceof ReservationNotActiveError) {
        return { outcome: 'settled', status: error.details?.status };
      }
      if (error instanceof ReservationNotExpiredError) {
        return { outcome: 'early', expiresAt: new Date(String(error.details?.expiresAt)) };
      }
      if (error instanceof NotFoundError && error.code === 'INVENTORY.RESERVATION_NOT_FOUND') {
        return { outcome: 'missing' };
      }
      throw error;
    }
  }
}
