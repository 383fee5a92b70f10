import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { ContactBook } from '../../application/services/contact-book';
import { USER_REGISTERED, UserRegistered } from '../../contracts/consumed-events';

/** Keeps the contacts read model: who to email, and their name for the greeting. */
@Injectable()
@ConsumesEvents(USER_REGISTERED)
export class ContactsConsumer implements EventConsumer {
  constructor(private readonly contacts: ContactBook) {}

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    const { userId, email, name } = event.payload as unknown as UserRegistered;
    await this.contacts.rememberContact(em, { userId, email: email ?? null, name });
  }
}
