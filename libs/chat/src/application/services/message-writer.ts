import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Actor, AppConfig } from '@pasar/shared';
import { Message, MessageContent } from '../../domain/message/message.aggregate';
import { MessageRepository } from '../../domain/message/message.repository';
import { ChatRoom } from '../../domain/room/chat-room.aggregate';
import { Presence } from '../ports/presence';

export interface MessageDraft {
  room: ChatRoom;
  sender: Pick<Actor, 'id' | 'role'>;
  senderName: string;
  clientMessageId: string;
  text: string;
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
 * then go together: one presence lookup and one transaction (a multi-row insert of the messages
 * and one of their outbox rows) for the whole group. A message is acknowledged only after its
 * transaction committed. When a group cannot be written as one (a resent clientMessageId hit
 * the unique index, or anything else), each of its drafts is written on its own, so one draft
 * never fails another.
 */
@Injectable()
export class MessageWriter implements OnApplicationShutdown {
  private queue: Pending[] = [];
  private draining?: Promise<void>;

  constructor(
    private readonly messages: MessageRepository,
    private readonly presence: Presence,
    private readonly config: AppConfig,
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
    } catch {
      for (const { pending, message } of posted) {
        await this.writeOne(message).then(pending.resolve, pending.reject);
      }
    }
  }

  /** Builds each draft's message (refusing bad text for that draft only) with the recipients' presence. */
  private async post(group: Pending[]): Promise<{ pending: Pending; message: Message }[]> {
    const recipients = [
      ...new Set(group.map(({ draft }) => draft.room.otherParticipant(draft.sender.id))),
    ];
    const online = await this.presence.onlineAmong(recipients);
    const now = new Date();
    const posted: { pending: Pending; message: Message }[] = [];
    for (const pending of group) {
      try {
        const message = Message.post({
          ...pending.draft,
          maxLength: this.config.chat.maxMessageLength,
          recipientOnline: (userId) => online.has(userId),
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
