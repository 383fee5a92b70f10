import { SavedReply } from './saved-reply.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class SavedReplyRepository {
  abstract findInShop(shopId: string, id: string): Promise<SavedReply | null>;
  /** Inserts or updates; throws SavedReplyTitleTakenError when the shop has that title already. */
  abstract save(reply: SavedReply): Promise<void>;
  abstract remove(reply: SavedReply): Promise<void>;
}
