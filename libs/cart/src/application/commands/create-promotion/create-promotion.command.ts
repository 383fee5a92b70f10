import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { PromotionKind } from '../../../domain/promotion/promotion-terms';

export interface PromotionFields {
  code: string;
  kind: PromotionKind;
  percent: number | null;
  amount: number | null;
  currency: string | null;
  /** null: platform-wide (admins only). */
  shopId: string | null;
  minimumSubtotal: number;
  startsAt: Date;
  endsAt: Date | null;
  usageLimit: number | null;
  perBuyerLimit: number | null;
  active: boolean;
}

/** An admin creates a promotion for the platform or any shop; a seller, for one of its shops. */
export class CreatePromotionCommand extends Command<{ promotionId: string }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly fields: PromotionFields,
  ) {
    super();
  }
}
