import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CHAT_ERASERS, ChatEraser } from '../ports/chat-eraser';

/**
 * Erases what chat holds about a deleted account, one eraser per kind of data, in the caller's
 * transaction. Rooms stay, for the other participant; the user's messages stay as erased rows.
 */
@Injectable()
export class ChatErasure {
  private readonly logger = new Logger(ChatErasure.name);

  constructor(@Inject(CHAT_ERASERS) private readonly erasers: ChatEraser[]) {}

  async eraseUser(userId: string, em: EntityManager, now = new Date()): Promise<void> {
    for (const eraser of this.erasers) {
      await eraser.erase(userId, now, em);
    }
    this.logger.log({ userId, erased: this.erasers.map((e) => e.name) }, 'chat data erased');
  }
}
