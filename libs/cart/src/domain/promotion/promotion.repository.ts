import { Promotion } from './promotion.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class PromotionRepository {
  abstract findById(id: string): Promise<Promotion | null>;
  /** `code` as stored: upper case. */
  abstract findByCode(code: string): Promise<Promotion | null>;
  /** Fresh from the database and locked until the transaction ends (its `used` is exact). */
  abstract findByIdForUpdate(id: string): Promise<Promotion | null>;
  /** Persists and flushes; PROMOTION_CODE_TAKEN when another promotion has the code. */
  abstract save(promotion: Promotion): Promise<void>;
}
