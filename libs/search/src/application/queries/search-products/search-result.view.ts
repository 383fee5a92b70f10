import { ApiProperty } from '@nestjs/swagger';
import { ProductListItemView } from '../list-products/product-list-item.view';

export class RatingView {
  @ApiProperty({ description: 'Average of the approved reviews, 0 without any', example: 4.5 })
  average!: number;

  @ApiProperty({ description: 'How many approved reviews', example: 12 })
  count!: number;
}

/** A product found by a search. */
export class SearchHitView extends ProductListItemView {
  @ApiProperty({ type: RatingView })
  rating!: RatingView;
}

export class NamedFacetView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  slug!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'Matching products (for a category: with its descendants)' })
  count!: number;
}

export class PriceBucketView {
  @ApiProperty({ description: 'Lowest price at least this (minor units)' })
  min!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Lowest price below this (minor units); null: no upper bound',
  })
  max!: number | null;

  @ApiProperty()
  count!: number;
}

export class RatingBucketView {
  @ApiProperty({ description: 'Average rating at least this', example: 4 })
  minRating!: number;

  @ApiProperty()
  count!: number;
}

/** Counts over every product the query and filters match (not only the page). */
export class SearchFacetsView {
  @ApiProperty({ type: [NamedFacetView] })
  categories!: NamedFacetView[];

  @ApiProperty({ type: [NamedFacetView] })
  shops!: NamedFacetView[];

  @ApiProperty({ type: [PriceBucketView] })
  prices!: PriceBucketView[];

  @ApiProperty({ type: [RatingBucketView] })
  ratings!: RatingBucketView[];
}

export class SearchResultView {
  @ApiProperty({ type: [SearchHitView] })
  items!: SearchHitView[];

  @ApiProperty({ description: 'Matching products in all' })
  total!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty()
  offset!: number;

  @ApiProperty({
    description:
      'Whether the products were found by trigram similarity of their names because the ' +
      'full-text query matched none (a typo)',
  })
  fuzzy!: boolean;

  @ApiProperty({ type: SearchFacetsView })
  facets!: SearchFacetsView;
}
