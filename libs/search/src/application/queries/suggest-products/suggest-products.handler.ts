import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { SuggestProductsQuery } from './suggest-products.query';
import { SuggestionView } from './suggestion.view';

/**
 * A prefix query over the words of the name ("bat cot" → 'bat':* & 'cot':*), served by the GIN
 * index on to_tsvector('simple', name) of the listed products. Names starting with the text
 * come first, then shorter names.
 */
export function prefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

@QueryHandler(SuggestProductsQuery)
export class SuggestProductsHandler implements IQueryHandler<SuggestProductsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ prefix, limit }: SuggestProductsQuery): Promise<SuggestionView[]> {
    const query = prefixQuery(prefix);
    if (!query) return [];
    return this.em.execute<SuggestionView[]>(
      `select id, slug, name from search.products
        where listed and to_tsvector('simple', name) @@ to_tsquery('simple', ?)
        order by starts_with(lower(name), ?) desc, length(name), name, id
        limit ?`,
      [query, prefix.toLowerCase(), limit],
    );
  }
}
