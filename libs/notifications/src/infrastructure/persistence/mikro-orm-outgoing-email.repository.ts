import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutgoingEmail } from '../../domain/email/outgoing-email.aggregate';
import { OutgoingEmailRepository } from '../../domain/email/outgoing-email.repository';

@Injectable()
export class MikroOrmOutgoingEmailRepository extends OutgoingEmailRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findByIdForUpdate(id: string): Promise<OutgoingEmail | null> {
    return this.em.findOne(
      OutgoingEmail,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async save(email: OutgoingEmail): Promise<void> {
    await this.em.persist(email).flush();
  }
}
