import { Processor, WorkerHost } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Job, UnrecoverableError } from 'bullmq';
import { CloseIdleRoomsCommand } from '../../application/commands/close-idle-rooms/close-idle-rooms.command';
import { PurgeClosedRoomsCommand } from '../../application/commands/purge-closed-rooms/purge-closed-rooms.command';
import { CHAT_RETENTION_QUEUE, RETENTION_JOB } from './chat-retention.queue';

export interface RetentionResult {
  /** Rooms closed for being idle. */
  closed: number;
  /** Rooms whose messages and read markers were deleted. */
  purged: number;
}

/** Worker only. Each `sweep` closes idle rooms, then purges the rooms past retention. */
@Processor(CHAT_RETENTION_QUEUE)
export class ChatRetentionProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  async process(job: Job): Promise<RetentionResult> {
    if (job.name !== RETENTION_JOB) {
      throw new UnrecoverableError(`${CHAT_RETENTION_QUEUE} has no job named ${job.name}`);
    }
    return RequestContext.create(this.orm.em, async () => {
      const now = new Date();
      const closed = await this.commands.execute(new CloseIdleRoomsCommand(now));
      const purged = await this.commands.execute(new PurgeClosedRoomsCommand(now));
      return { closed, purged };
    });
  }
}
