import { CommandBus } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { discoverEntities } from '@pasar/shared/testing';
import { ExpireReservationCommand } from '../../application/commands/expire-reservation/expire-reservation.command';
import {
  ReservationNotActiveError,
  ReservationNotExpiredError,
  reservationNotFound,
} from '../../domain/reservation/reservation.errors';
import { ReservationAllocation } from '../../domain/reservation/reservation-allocation.entity';
import { StockReservation } from '../../domain/reservation/stock-reservation.aggregate';
import { ReservationExpirer } from './reservation-expirer';

describe('ReservationExpirer', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([StockReservation, ReservationAllocation]);
  });
  afterAll(() => orm.close());

  const expirerThatMeets = (outcome: Error | undefined) => {
    const commands = {
      execute: jest.fn(async () => {
        if (outcome) throw outcome;
      }),
    };
    return { expirer: new ReservationExpirer(orm, commands as unknown as CommandBus), commands };
  };

  it('runs ExpireReservationCommand for the reservation', async () => {
    const { expirer, commands } = expirerThatMeets(undefined);
    await expect(expirer.expire('r1')).resolves.toEqual({ outcome: 'expired' });
    expect(commands.execute).toHaveBeenCalledWith(new ExpireReservationCommand('r1'));
  });

  it('reads a refusal from a final state as settled, with that state', async () => {
    const { expirer } = expirerThatMeets(new ReservationNotActiveError('r1', 'committed'));
    await expect(expirer.expire('r1')).resolves.toEqual({
      outcome: 'settled',
      status: 'committed',
    });
  });

  it('reads a refusal before the deadline as early, with the deadline', async () => {
    const deadline = new Date('2026-01-01T00:00:00.500Z');
    const { expirer } = expirerThatMeets(new ReservationNotExpiredError(deadline));
    await expect(expirer.expire('r1')).resolves.toEqual({ outcome: 'early', expiresAt: deadline });
  });

  it('reads an unknown reservation as missing, and lets anything else through', async () => {
    await expect(expirerThatMeets(reservationNotFound('r1')).expirer.expire('r1')).resolves.toEqual(
      { outcome: 'missing' },
    );
    await expect(
      expirerThatMeets(new Error('deadlock detected')).expirer.expire('r1'),
    ).rejects.toThrow('deadlock detected');
  });
});
