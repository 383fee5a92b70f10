import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ContactKind } from '../../domain/contact-filter/contact-detector';
import { ContactHit } from '../../domain/moderation/contact-hit.entity';
import { EvidenceMessage, ModerationCase } from '../../domain/moderation/moderation-case.aggregate';
import { ModerationRepository } from '../../domain/moderation/moderation.repository';

interface HitRow {
  sender_id: string;
  room_id: string;
  message_id: string;
  kinds: ContactKind[];
  text: string;
  created_at: Date;
}

@Injectable()
export class MikroOrmModerationRepository extends ModerationRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findCaseForUpdate(id: string): Promise<ModerationCase | null> {
    return this.em.findOne(
      ModerationCase,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async saveCase(moderationCase: ModerationCase): Promise<void> {
    await this.em.persist(moderationCase).flush();
  }

  async addHits(hits: ContactHit[], since: Date): Promise<Map<string, EvidenceMessage[]>> {
    const senders = [...new Set(hits.map((hit) => hit.senderId))];
    const rows = await this.em.fork().transactional(async (tx) => {
      await tx.insertMany(hits);
      return tx.getConnection().execute<HitRow[]>(
        `select h.sender_id, h.room_id, h.message_id, h.kinds, h.text, h.created_at
         from chat.contact_hits h
         where h.sender_id = any(?::uuid[]) and h.created_at >= ?
           and h.created_at > coalesce((
             select max(c.resolved_at) from chat.moderation_cases c
             where c.subject_user_id = h.sender_id and c.kind = 'contact_sharing'
           ), '-infinity')
         order by h.created_at, h.id`,
        [`{${senders.join(',')}}`, since],
        'all',
        tx.getTransactionContext(),
      );
    });
    const recent = new Map<string, EvidenceMessage[]>();
    for (const row of rows) {
      const evidence = recent.get(row.sender_id) ?? [];
      evidence.push({
        messageId: row.message_id,
        roomId: row.room_id,
        senderId: row.sender_id,
        text: row.text,
        sentAt: new Date(row.created_at).toISOString(),
        kinds: row.kinds,
      });
      recent.set(row.sender_id, evidence);
    }
    return recent;
  }

  async openContactCase(moderationCase: ModerationCase): Promise<boolean> {
    try {
      await this.em.fork().persist(moderationCase).flush();
      return true;
    } catch (error) {
      // The sender already has an open case (the partial unique index keeps it at one).
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    }
  }
}
