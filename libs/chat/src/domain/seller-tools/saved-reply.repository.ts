import { SavedReply } from './saved-reply.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class SavedReplyRepository {
  abstract findInShop(shopId: string, id: string): Promise<SavedReply | null>;
  /** Inserts or updates; throws the driver's unique violation when the title is taken. */
  abstract save(reply: SavedReply): Promise<void>;
  abstract remove(reply: SavedReply): Promise<void>;
}
