import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { UserErasure } from '../../application/services/user-erasure';
import { USER_DELETED, UserDeleted } from '../../contracts/consumed-events';

/** An account was deleted: its notifications, their emails and its contact go. */
@Injectable()
@ConsumesEvents(USER_DELETED)
export class ForgetUserConsumer implements EventConsumer {
  constructor(private readonly erasure: UserErasure) {}

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    const { userId } = event.payload as unknown as UserDeleted;
    await this.erasure.forget(em, userId);
  }
}
