import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { productNotFound } from '../search.errors';
import { GetProductDetailQuery } from './get-product-detail.query';
import { ProductDetailView, ProductOfferView, ProductVariantView } from './product-detail.view';

interface OfferRow {
  offerId: string;
  shopId: string;
  shopSlug: string;
  shopName: string;
  variantId: string;
  amount: number;
  currency: string;
  compareAtAmount: number | null;
  compareAtCurrency: string | null;
  available: number;
}

interface Row {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  image_url: string | null;
  category_id: string;
  min_price: string | null;
  currency: string | null;
  available: boolean;
  variants: ProductVariantView[];
  offers: OfferRow[];
}

@QueryHandler(GetProductDetailQuery)
export class GetProductDetailHandler implements IQueryHandler<GetProductDetailQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ slug }: GetProductDetailQuery): Promise<ProductDetailView> {
    const [row] = await this.em.execute<Row[]>(
      `select p.id, p.slug, p.name, p.description, p.image_url, p.category_id, p.min_price,
              p.currency, p.available, p.variants,
              coalesce((select json_agg(json_build_object(
                         'offerId', o.id, 'shopId', o.shop_id, 'shopSlug', o.shop_slug,
                         'shopName', o.shop_name, 'variantId', o.variant_id,
                         'amount', o.price_amount, 'currency', o.price_currency,
                         'compareAtAmount', o.compare_at_amount,
                         'compareAtCurrency', o.compare_at_currency, 'available', o.available)
                         order by o.price_amount, o.id)
                          from search.offers o
                         where o.product_id = p.id and o.active and o.shop_active), '[]') as offers
         from search.products p
        where p.slug = ? and p.status = 'active'
        order by p.as_of desc limit 1`,
      [slug],
    );
    if (!row) throw productNotFound(slug);
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      imageUrl: row.image_url,
      category: { id: row.category_id },
      lowestPrice:
        row.min_price === null
          ? null
          : { amount: Number(row.min_price), currency: row.currency as string },
      available: row.available,
      variants: row.variants,
      offers: row.offers.map(toOffer),
    };
  }
}

function toOffer(o: OfferRow): ProductOfferView {
  return {
    offerId: o.offerId,
    shop: { id: o.shopId, slug: o.shopSlug, name: o.shopName },
    variantId: o.variantId,
    price: { amount: Number(o.amount), currency: o.currency },
    compareAtPrice:
      o.compareAtAmount === null
        ? null
        : { amount: Number(o.compareAtAmount), currency: o.compareAtCurrency as string },
    available: o.available,
  };
}
