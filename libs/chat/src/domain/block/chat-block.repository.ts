import { BlockSide, ChatBlock } from './chat-block.entity';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ChatBlockRepository {
  abstract find(buyerId: string, shopId: string, side: BlockSide): Promise<ChatBlock | null>;
  /** Inserts the block; an existing one for the same side is left as it is. */
  abstract add(block: ChatBlock): Promise<void>;
  abstract remove(block: ChatBlock): Promise<void>;
  /** The pairs among these (`buyerId:shopId`) with a block of either side. */
  abstract blockedAmong(pairs: { buyerId: string; shopId: string }[]): Promise<Set<string>>;
}

export const pairKey = (pair: { buyerId: string; shopId: string }) =>
  `${pair.buyerId}:${pair.shopId}`;
