import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SavedReply } from '../../domain/seller-tools/saved-reply.aggregate';
import { SavedReplyRepository } from '../../domain/seller-tools/saved-reply.repository';

@Injectable()
export class MikroOrmSavedReplyRepository extends SavedReplyRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findInShop(shopId: string, id: string): Promise<SavedReply | null> {
    return this.em.findOne(SavedReply, { id, shopId });
  }

  async save(reply: SavedReply): Promise<void> {
    await this.em.persist(reply).flush();
  }

  async remove(reply: SavedReply): Promise<void> {
    await this.em.remove(reply).flush();
  }
}
