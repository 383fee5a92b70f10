import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Actor, AppConfig } from '@pasar/shared';
import { BlockedError } from '../../domain/block/block.errors';
import { ChatBlockRepository, pairKey } from '../../domain/block/chat-block.repository';
import { screenContacts } from '../../domain/contact-filter/contact-detector';
import { Message, MessageContent } from '../../domain/message/message.aggregate';
import { MessageRepository } from '../../domain/message/message.repository';
import { RoomParties } from '../../domain/room/room-parties';
import { Presence } from '../ports/presence';
import { ContactFilter } from './contact-filter';
import { ContactOffenders } from './contact-offenders';
import { RoomOrderNumbers } from './room-order-numbers';

export interface MessageDraft {
  room: RoomParties;
  sender: Pick<Actor, 'id' | 'role'>;
  senderName: string;
  clientMessageId: string;
  text: string;
  /** An automatic reply posted for the shop's seller (away mode, outside business hours). */
  automatic?: boolean;
  /** Text when absent. */
  content?: MessageContent;
}

export interface Written {
  message: Message;
  /** False when the sender had already stored this clientMessageId in the room. */
  created: boolean;
}

interface Pending {
  draft: MessageDraft;
  resolve: (written: Written) => void;
  reject: (error: unknown) => void;
}

/** More than this many drafts waiting are written over several transactions. */
const MAX_BATCH = 200;

/**
 * Group commit for chat messages. Drafts that arrive while a write is running wait for it and
 * then go together: one presence lookup and one store call (one round trip: the messages, their
 * numbers, their outbox rows and the senders' read markers, in one transaction) for the whole
 * group. A message is acknowledged only after its transaction committed. When a group cannot
 * be written as one (a resent clientMessageId hit the unique index, or anything else), each of
 * its drafts is written on its own, so one draft never fails another. Drafts between a blocked buyer and shop are refused (one lookup per
 * group); contact details are masked with the cached contact-filter rules (no lookup per
 * message; the room's order and tracking numbers are looked up only for rooms about an order
 * whose drafts hold something to mask), and the masked messages count towards their senders'
 * repeat-offender threshold.
 */
@Injectable()
export class MessageWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('MessageWriter');
  private queue: Pending[] = [];
  private draining?: Promise<void>;

  constructor(
    private readonly messages: MessageRepository,
    private readonly presence: Presence,
    private readonly config: AppConfig,
    private readonly blocks: ChatBlockRepository,
    private readonly contactFilter: ContactFilter,
    private readonly offenders: ContactOffenders,
    private readonly orderNumbers: RoomOrderNumbers,
  ) {}

  write(draft: MessageDraft): Promise<Written> {
    return new Promise<Written>((resolve, reject) => {
      this.queue.push({ draft, resolve, reject });
      this.draining ??= this.drain().finally(() => (this.draining = undefined));
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.draining;
  }

  private async drain(): Promise<void> {
    // Let the sends already decoded in this turn of the event loop join the first group.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, MAX_BATCH);
      await this.writeGroup(group).catch((error: unknown) => group.forEach((p) => p.reject(error)));
    }
  }

  private async writeGroup(group: Pending[]): Promise<void> {
    const posted = await this.post(group);
    if (posted.length === 0) return;
    try {
      await this.messages.addAll(posted.map(({ message }) => message));
      posted.forEach(({ pending, message }) => pending.resolve({ message, created: true }));
      await this.countOffences(posted.map(({ message }) => message));
    } catch {
      for (const { pending, message } of posted) {
        const written = await this.writeOne(message).catch((error: unknown) => {
          pending.reject(error);
          return null;
        });
        if (!written) continue;
        pending.resolve(written);
        if (written.created) await this.countOffences([message]);
      }
    }
  }

  /** After the messages committed: a failure here is logged, the messages stay sent. */
  private async countOffences(messages: Message[]): Promise<void> {
    await this.offenders.record(messages).catch((error: unknown) => {
      this.logger.error({ err: error }, 'recording contact-filter hits failed');
    });
  }

  /**
   * Builds each draft's message (refusing bad text, or a blocked pair, for that draft only) with
   * the recipients' presence and contact details masked.
   */
  private async post(group: Pending[]): Promise<{ pending: Pending; message: Message }[]> {
    const recipients = [
      ...new Set(group.map(({ draft }) => draft.room.otherParticipant(draft.sender.id))),
    ];
    const [online, blocked, filter] = await Promise.all([
      this.presence.onlineAmong(recipients),
      this.blocks.blockedAmong(group.map(({ draft }) => draft.room)),
      this.contactFilter.current(),
    ]);
    const allowed = await this.orderNumbers.allowedIn(
      group.map(({ draft }) => draft),
      filter.rules,
    );
    const now = new Date();
    const posted: { pending: Pending; message: Message }[] = [];
    for (const pending of group) {
      try {
        if (blocked.has(pairKey(pending.draft.room))) throw new BlockedError();
        const message = Message.post({
          ...pending.draft,
          maxLength: this.config.chat.maxMessageLength,
          recipientOnline: (userId) => online.has(userId),
          screen: (text) =>
            screenContacts(text, filter.rules, allowed.get(pending.draft.room.id) ?? []),
          now,
        });
        posted.push({ pending, message });
      } catch (error) {
        pending.reject(error);
      }
    }
    return posted;
  }

  /** One message in its own transaction; a resend answers with the message stored first. */
  private async writeOne(message: Message): Promise<Written> {
    const { roomId, senderId, clientMessageId } = message;
    const stored = await this.messages.findByClientId(roomId, senderId, clientMessageId);
    if (stored) return { message: stored, created: false };
    try {
      await this.messages.addAll([message]);
      return { message, created: true };
    } catch (error) {
      // The same resend raced this one past the lookup above; the unique index kept one.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const winner = await this.messages.findByClientId(roomId, senderId, clientMessageId);
      if (!winner) throw error;
      return { message: winner, created: false };
    }
  }
}
