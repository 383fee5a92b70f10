import { BullModule } from '@nestjs/bullmq';

/** Queue `chat-retention`: the retention job's runs alone (its job scheduler adds them). */
export const CHAT_RETENTION_QUEUE = 'chat-retention';

/** Closes idle rooms, then purges rooms closed for longer than the retention period. */
export const RETENTION_JOB = 'sweep';

export const RETENTION_SCHEDULER_ID = 'chat-retention';

/**
 * ChatCoreModule registers it in every process (the api shows it in Bull Board), ChatJobsModule
 * schedules and processes its jobs in the worker.
 */
export const ChatRetentionQueueModule = BullModule.registerQueue({ name: CHAT_RETENTION_QUEUE });
