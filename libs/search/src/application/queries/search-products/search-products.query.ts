import { Query } from '@nestjs/cqrs';
import { SearchResultView } from './search-result.view';

export const SEARCH_SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'rating'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchCriteria {
  /** Free text; absent: every listed product matches (relevance falls back to newest). */
  q?: string;
  /** A category id: products in it or in any of its descendants. */
  categoryId?: string;
  /** A shop id: products that shop lists. */
  shopId?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  minRating?: number;
  sort: SearchSort;
  limit: number;
  offset: number;
}

/** Full-text product search over the listed products, with facets for the same criteria. */
export class SearchProductsQuery extends Query<SearchResultView> {
  constructor(readonly criteria: SearchCriteria) {
    super();
  }
}
