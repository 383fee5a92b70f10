import { PromotionRedemption } from './promotion-redemption.entity';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class PromotionRedemptionRepository {
  /** The order's redemption, locked until the transaction ends. */
  abstract findByOrderForUpdate(orderId: string): Promise<PromotionRedemption | null>;
  abstract save(redemption: PromotionRedemption): Promise<void>;
}
