import { Query } from '@nestjs/cqrs';
import { SuggestionView } from './suggestion.view';

/** Listed products whose name has words starting with each word typed (autocomplete). */
export class SuggestProductsQuery extends Query<SuggestionView[]> {
  constructor(
    readonly prefix: string,
    readonly limit: number,
  ) {
    super();
  }
}
