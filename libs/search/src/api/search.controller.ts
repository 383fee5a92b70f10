import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Public } from '@pasar/shared';
import { SearchProductsQuery } from '../application/queries/search-products/search-products.query';
import { SearchResultView } from '../application/queries/search-products/search-result.view';
import { SuggestProductsQuery } from '../application/queries/suggest-products/suggest-products.query';
import { SuggestionView } from '../application/queries/suggest-products/suggestion.view';
import { SearchRequest, SuggestRequest } from './search.request.dto';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: SearchResultView,
    description: 'Listed products matching the text and filters, with facets',
  })
  @ApiErrors(400)
  search(@Query() request: SearchRequest): Promise<SearchResultView> {
    return this.queries.execute(new SearchProductsQuery(request.toCriteria()));
  }

  @Get('suggest')
  @Public()
  @ApiOkResponse({
    type: [SuggestionView],
    description: 'Listed products whose name has words starting with the words typed',
  })
  @ApiErrors(400)
  suggest(@Query() request: SuggestRequest): Promise<SuggestionView[]> {
    return this.queries.execute(new SuggestProductsQuery(request.q, request.limit));
  }
}
