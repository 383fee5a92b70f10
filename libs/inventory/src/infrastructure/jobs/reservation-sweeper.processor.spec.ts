import { Job, UnrecoverableError } from 'bullmq';
import { ReservationSweeper } from './reservation-sweeper';
import { ReservationSweeperProcessor } from './reservation-sweeper.processor';

describe('ReservationSweeperProcessor', () => {
  const setup = () => {
    const sweeper = {
      sweep: jest.fn(async () => ({ expired: 2 })),
    } as unknown as ReservationSweeper & { sweep: jest.Mock };
    const job = (name: string) => ({ name, data: {} }) as unknown as Job;
    return { processor: new ReservationSweeperProcessor(sweeper), sweeper, job };
  };

  it('runs the sweeper for sweep jobs and returns what it expired', async () => {
    const { processor, sweeper, job } = setup();
    await expect(processor.process(job('sweep'))).resolves.toEqual({ expired: 2 });
    expect(sweeper.sweep).toHaveBeenCalledTimes(1);
  });

  it('refuses unknown job names for good', () => {
    const { processor, sweeper, job } = setup();
    expect(() => processor.process(job('expire'))).toThrow(UnrecoverableError);
    expect(sweeper.sweep).not.toHaveBeenCalled();
  });
});
