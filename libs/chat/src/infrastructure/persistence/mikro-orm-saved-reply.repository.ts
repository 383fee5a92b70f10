import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { SavedReply } from '../../domain/seller-tools/saved-reply.aggregate';
import { SavedReplyRepository } from '../../domain/seller-tools/saved-reply.repository';
import { SavedReplyTitleTakenError } from '../../domain/seller-tools/seller-tools.errors';

@Injectable()
export class MikroOrmSavedReplyRepository extends SavedReplyRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findInShop(shopId: string, id: string): Promise<SavedReply | null> {
    return this.em.findOne(SavedReply, { id, shopId });
  }

  async save(reply: SavedReply): Promise<void> {
    try {
      await this.em.persist(reply).flush();
    } catch (error) {
      // The only unique index of saved replies is (shop, title).
      if (error instanceof UniqueConstraintViolationException) {
        throw new SavedReplyTitleTakenError(reply.title);
      }
      throw error;
    }
  }

  async remove(reply: SavedReply): Promise<void> {
    await this.em.remove(reply).flush();
  }
}
