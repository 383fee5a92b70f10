import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { USER_DELETED, UserDeletedPayload } from '@pasar/identity';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { ChatErasure } from '../../application/services/chat-erasure';

/** An account was deleted: erase its chat data, in the inbox transaction (once per event). */
@Injectable()
@ConsumesEvents(USER_DELETED)
export class EraseUserChatDataConsumer implements EventConsumer {
  constructor(private readonly erasure: ChatErasure) {}

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    const { userId } = event.payload as unknown as UserDeletedPayload;
    await this.erasure.eraseUser(userId, em);
  }
}
