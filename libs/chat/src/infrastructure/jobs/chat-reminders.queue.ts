import { createHash } from 'node:crypto';
import { BullModule } from '@nestjs/bullmq';

/**
 * Queue `chat-reminders`: at most one delayed `remind` job per (room, recipient) at a time. Its
 * id is stable, so messages posted while it waits add nothing; it is removed once it ran, so the
 * next message after that starts a new cycle.
 */
export const CHAT_REMINDERS_QUEUE = 'chat-reminders';

export const REMIND_JOB = 'remind';

export interface RemindJobData {
  roomId: string;
  userId: string;
}

export const reminderJobId = ({ roomId, userId }: RemindJobData) => `remind-${roomId}-${userId}`;

/**
 * The id of the reminder one run of a job publishes: the same for every attempt of that job
 * (BullMQ keeps a job's timestamp across retries), new for the next cycle's job.
 */
export function reminderIdOf(jobId: string, jobTimestamp: number): string {
  const hex = createHash('sha256').update(`${jobId}@${jobTimestamp}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const REMIND_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  // A failed job kept under its stable id would block every later cycle of its room.
  removeOnFail: true,
} as const;

/** Registered in every process (the api shows it in Bull Board); the worker adds and runs jobs. */
export const ChatRemindersQueueModule = BullModule.registerQueue({ name: CHAT_REMINDERS_QUEUE });
