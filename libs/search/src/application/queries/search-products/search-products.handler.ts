import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { SearchProductsQuery } from './search-products.query';
import {
  NamedFacetView,
  PriceBucketView,
  RatingBucketView,
  SearchHitView,
  SearchResultView,
} from './search-result.view';
import { searchStatement } from './search-statement';

interface HitRow {
  id: string;
  slug: string;
  name: string;
  image_url: string | null;
  category_id: string;
  min_price: number | null;
  currency: string | null;
  offer_count: number;
  available: boolean;
  rating_average: number;
  rating_count: number;
}

interface Row {
  total: number;
  fuzzy: boolean;
  items: HitRow[];
  categories: NamedFacetView[];
  shops: NamedFacetView[];
  prices: PriceBucketView[];
  ratings: RatingBucketView[];
}

@QueryHandler(SearchProductsQuery)
export class SearchProductsHandler implements IQueryHandler<SearchProductsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ criteria }: SearchProductsQuery): Promise<SearchResultView> {
    const { sql, params } = searchStatement(criteria);
    const [row] = await this.em.execute<Row[]>(sql, params);
    return {
      items: row.items.map(toHit),
      total: row.total,
      limit: criteria.limit,
      offset: criteria.offset,
      fuzzy: row.fuzzy,
      facets: {
        categories: row.categories,
        shops: row.shops,
        prices: row.prices,
        ratings: row.ratings,
      },
    };
  }
}

function toHit(row: HitRow): SearchHitView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    imageUrl: row.image_url,
    category: { id: row.category_id },
    lowestPrice:
      row.min_price === null
        ? null
        : { amount: Number(row.min_price), currency: row.currency as string },
    offerCount: row.offer_count,
    available: row.available,
    rating: { average: Number(row.rating_average), count: row.rating_count },
  };
}
