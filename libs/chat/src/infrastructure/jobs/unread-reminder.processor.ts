import { Processor, WorkerHost } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Job, UnrecoverableError } from 'bullmq';
import {
  ReminderOutcome,
  SendUnreadReminderCommand,
} from '../../application/commands/send-unread-reminder/send-unread-reminder.command';
import {
  CHAT_REMINDERS_QUEUE,
  REMIND_JOB,
  RemindJobData,
  reminderIdOf,
} from './chat-reminders.queue';

/** Worker only: a due reminder job becomes SendUnreadReminderCommand in a fresh MikroORM context. */
@Processor(CHAT_REMINDERS_QUEUE)
export class UnreadReminderProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  process(job: Job<RemindJobData>): Promise<ReminderOutcome> {
    if (job.name !== REMIND_JOB) {
      throw new UnrecoverableError(`${CHAT_REMINDERS_QUEUE} has no job named ${job.name}`);
    }
    const { roomId, userId } = job.data;
    const reminderId = reminderIdOf(job.id ?? '', job.timestamp);
    return RequestContext.create(this.orm.em, () =>
      this.commands.execute(new SendUnreadReminderCommand(roomId, userId, reminderId)),
    );
  }
}
