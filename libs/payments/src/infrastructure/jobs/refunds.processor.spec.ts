import { CommandBus } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { Job, UnrecoverableError } from 'bullmq';
import { discoverEntities } from '@pasar/shared/testing';
import { SettleRefundCommand } from '../../application/commands/settle-refund/settle-refund.command';
import { Payment } from '../../domain/payment/payment.aggregate';
import { RefundSweeper } from './refund-sweeper';
import { RefundsProcessor } from './refunds.processor';
import { SETTLE_REFUND_JOB, settleRefundJobOptions, SWEEP_REFUNDS_JOB } from './refunds.queue';

describe('RefundsProcessor', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([Payment]);
  });
  afterAll(() => orm.close());

  const setup = () => {
    const commands = { execute: jest.fn(async () => undefined) };
    const sweeper = { sweep: jest.fn(async () => ({ requeued: ['r9'] })) };
    const processor = new RefundsProcessor(
      orm,
      commands as unknown as CommandBus,
      sweeper as unknown as RefundSweeper,
    );
    return { processor, commands, sweeper };
  };
  const job = (name: string, attemptsMade: number) =>
    ({
      name,
      data: { refundId: 'r1' },
      attemptsMade,
      opts: settleRefundJobOptions('r1'),
    }) as unknown as Job;

  it('settles the refund, telling the command whether this is the last attempt', async () => {
    const { processor, commands } = setup();
    const attempts = settleRefundJobOptions('r1').attempts!;
    await expect(processor.process(job(SETTLE_REFUND_JOB, 0))).resolves.toEqual({
      refundId: 'r1',
      finalAttempt: false,
    });
    await processor.process(job(SETTLE_REFUND_JOB, attempts - 2));
    await processor.process(job(SETTLE_REFUND_JOB, attempts - 1));
    expect(commands.execute.mock.calls).toEqual([
      [new SettleRefundCommand('r1', false)],
      [new SettleRefundCommand('r1', false)],
      [new SettleRefundCommand('r1', true)],
    ]);
  });

  it('lets the command’s failure through so BullMQ retries the job', async () => {
    const { processor, commands } = setup();
    commands.execute.mockRejectedValueOnce(new Error('provider down'));
    await expect(processor.process(job(SETTLE_REFUND_JOB, 0))).rejects.toThrow('provider down');
  });

  it('runs the sweeper for sweep jobs and refuses unknown job names for good', async () => {
    const { processor, sweeper } = setup();
    await expect(processor.process(job(SWEEP_REFUNDS_JOB, 0))).resolves.toEqual({
      requeued: ['r9'],
    });
    expect(sweeper.sweep).toHaveBeenCalled();
    await expect(processor.process(job('other', 0))).rejects.toThrow(UnrecoverableError);
  });
});
