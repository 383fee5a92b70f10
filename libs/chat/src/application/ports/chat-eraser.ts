import { EntityManager } from '@mikro-orm/postgresql';

/**
 * One kind of chat data about a user that account deletion erases (message texts, read state,
 * presence…). Chat's erasure runs every eraser listed under CHAT_ERASERS: a new kind of data
 * (attachments, contact-filter logs) adds its eraser to that list.
 */
export interface ChatEraser {
  /** What it erases, for logs. */
  readonly name: string;
  /**
   * Erases the user's data of this kind. Runs again when the event is redelivered, so a second
   * run must change nothing. Database writes go through `em` (the inbox transaction).
   */
  erase(userId: string, now: Date, em: EntityManager): Promise<void>;
}

/** DI token: the ChatEraser list, in the order they run. */
export const CHAT_ERASERS = Symbol('CHAT_ERASERS');
