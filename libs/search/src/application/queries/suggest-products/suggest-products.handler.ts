import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { CURRENT_VERSION } from '../../read-model-version';
import { queryPrepared } from '../prepared-statement';
import { ReadModelCache } from '../read-model-cache/read-model-cache';
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

/** The suggestions as one JSON array, with the read model version the snapshot holds. */
const SUGGEST = `
  select ${CURRENT_VERSION} as version,
         (select coalesce(json_agg(s), '[]') from (
            select id, slug, name from search.products
             where listed and to_tsvector('simple', name) @@ to_tsquery('simple', $1)
             order by starts_with(lower(name), $2) desc, length(name), name, id
             limit $3) s) as items`;

@QueryHandler(SuggestProductsQuery)
export class SuggestProductsHandler implements IQueryHandler<SuggestProductsQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly cache: ReadModelCache,
  ) {}

  async execute({ prefix, limit }: SuggestProductsQuery): Promise<SuggestionView[]> {
    const query = prefixQuery(prefix);
    if (!query) return [];
    const start = prefix.toLowerCase();
    return this.cache.get(JSON.stringify(['suggest', start, limit]), async () => {
      const [row] = await queryPrepared<{ version: string; items: SuggestionView[] }>(
        this.em,
        'search_suggest',
        SUGGEST,
        [query, start, limit],
      );
      return { version: row.version, value: row.items };
    });
  }
}
