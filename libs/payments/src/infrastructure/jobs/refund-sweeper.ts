import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import {
  REFUND_SWEEP_INTERVAL_MS,
  REFUNDS_QUEUE,
  SETTLE_REFUND_JOB,
  settleRefundJobOptions,
} from './refunds.queue';

export interface RefundSweepResult {
  requeued: string[];
}

/**
 * Postgres is the truth: a refund still waiting for its provider call after a sweep interval
 * whose job is gone (Redis lost it) gets its job again. Jobs that exist are left alone.
 */
@Injectable()
export class RefundSweeper {
  private readonly logger = new Logger(RefundSweeper.name);

  constructor(
    private readonly orm: MikroORM,
    @InjectQueue(REFUNDS_QUEUE) private readonly queue: Queue,
  ) {}

  async sweep(): Promise<RefundSweepResult> {
    const em = this.orm.em.fork() as EntityManager;
    const rows = await em.execute<{ id: string }[]>(
      `select id from payments.refunds
        where status = 'pending' and provider_refund_id is null
          and created_at < now() - make_interval(secs => ?)
        order by created_at limit 500`,
      [REFUND_SWEEP_INTERVAL_MS / 1000],
    );
    const requeued: string[] = [];
    for (const { id } of rows) {
      if (await this.queue.getJob(id)) continue;
      await this.queue.add(SETTLE_REFUND_JOB, { refundId: id }, settleRefundJobOptions(id));
      requeued.push(id);
    }
    if (requeued.length > 0) this.logger.warn({ requeued }, 'requeued refunds whose job was lost');
    return { requeued };
  }
}
