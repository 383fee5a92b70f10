import { Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { ExpiryOutcome, ReservationExpirer } from './reservation-expirer';
import { EARLY_RETRY_MARGIN_MS, ReservationExpiryProcessor } from './reservation-expiry.processor';
import { EXPIRY_BATCH } from './reservation-expiry.queue';

function setup(expire: () => Promise<ExpiryOutcome>) {
  const due = [0];
  const expirer = {
    expire: jest.fn(expire),
    expireDue: jest.fn(async () => due.shift() ?? 0),
  } as unknown as ReservationExpirer & { expireDue: jest.Mock };
  const job = (name: string) =>
    ({
      name,
      data: { reservationId: 'r1' },
      moveToDelayed: jest.fn(async () => {}),
    }) as unknown as Job & { moveToDelayed: jest.Mock };
  return {
    processor: new ReservationExpiryProcessor(expirer),
    expirer,
    job,
    due,
  };
}

describe('ReservationExpiryProcessor', () => {
  it('expires the reservation its job names', async () => {
    const { processor, expirer, job } = setup(async () => ({ outcome: 'expired' }));
    await expect(processor.process(job('expire'), 'token')).resolves.toEqual({
      outcome: 'expired',
    });
    expect(expirer.expire).toHaveBeenCalledWith('r1');
  });

  it('first expires everything due in batches, until a batch comes back short', async () => {
    const { processor, expirer, job, due } = setup(async () => ({ outcome: 'expired' }));
    due.splice(0, due.length, EXPIRY_BATCH, EXPIRY_BATCH, 13);
    await processor.process(job('expire'), 'token');
    expect(expirer.expireDue).toHaveBeenCalledTimes(3);
    expect(expirer.expireDue).toHaveBeenCalledWith(EXPIRY_BATCH);
    expect(expirer.expire).toHaveBeenCalledWith('r1');
  });

  it('completes without retrying when the reservation was settled first or is unknown', async () => {
    const settled = setup(async () => ({ outcome: 'settled', status: 'committed' }));
    await expect(settled.processor.process(settled.job('expire'))).resolves.toEqual({
      outcome: 'settled',
      status: 'committed',
    });
    const missing = setup(async () => ({ outcome: 'missing' }));
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await expect(missing.processor.process(missing.job('expire'))).resolves.toEqual({
      outcome: 'missing',
    });
    expect(warn).toHaveBeenCalledWith({ reservationId: 'r1' }, 'no such reservation to expire');
    warn.mockRestore();
  });

  it('puts a job that fired before the deadline back in the delayed set until just after it', async () => {
    const expiresAt = new Date(Date.now() + 5_000);
    const { processor, job } = setup(async () => ({ outcome: 'early', expiresAt }));
    const early = job('expire');
    await expect(processor.process(early, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(early.moveToDelayed).toHaveBeenCalledWith(
      expiresAt.getTime() + EARLY_RETRY_MARGIN_MS,
      'token',
    );
  });

  it('lets other failures through so BullMQ retries the job', async () => {
    const { processor, job } = setup(async () => {
      throw new Error('connection refused');
    });
    await expect(processor.process(job('expire'))).rejects.toThrow('connection refused');
  });

  it('refuses sweep jobs (they belong to reservation-sweeper) and unknown job names for good', async () => {
    const { processor, expirer, job } = setup(async () => ({ outcome: 'expired' }));
    expect(() => processor.process(job('sweep'))).toThrow(UnrecoverableError);
    expect(() => processor.process(job('mystery'))).toThrow(UnrecoverableError);
    expect(expirer.expire).not.toHaveBeenCalled();
  });
});
