import { ApiProperty } from '@nestjs/swagger';

export class RatingHistogramView {
  @ApiProperty() '1'!: number;
  @ApiProperty() '2'!: number;
  @ApiProperty() '3'!: number;
  @ApiProperty() '4'!: number;
  @ApiProperty() '5'!: number;
}

/** The approved reviews of a product, summed up. */
export class ProductRatingView {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ description: 'Mean rating with 2 decimals; 0 without approved reviews' })
  average!: number;

  @ApiProperty()
  count!: number;

  @ApiProperty({ type: RatingHistogramView, description: 'Approved reviews per star rating' })
  histogram!: RatingHistogramView;
}
