import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { offerNotFound } from '../../../domain/offer/shop-product.errors';
import { assertManagesShop } from '../managed-shop';
import { GetOfferQuery } from './get-offer.query';
import { OFFER_COLUMNS, OfferRow, OfferView, toOfferView } from './offer.view';

@QueryHandler(GetOfferQuery)
export class GetOfferHandler implements IQueryHandler<GetOfferQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, shopId, offerId }: GetOfferQuery): Promise<OfferView> {
    await assertManagesShop(this.em, actor, shopId);
    const [row] = await this.em.execute<OfferRow[]>(
      `select ${OFFER_COLUMNS} from shops.shop_products where id = ? and shop_id = ?`,
      [offerId, shopId],
    );
    if (!row) throw offerNotFound(offerId);
    return toOfferView(row);
  }
}
