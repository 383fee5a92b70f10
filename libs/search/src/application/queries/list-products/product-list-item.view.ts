import { ApiProperty } from '@nestjs/swagger';
import { MoneyView } from '../money.view';

export class CategoryRefView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}

/** A product in a buyer-facing list. */
export class ProductListItemView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'batik-shirt' })
  slug!: string;

  @ApiProperty({ example: 'Batik shirt' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The first image' })
  imageUrl!: string | null;

  @ApiProperty({ type: CategoryRefView })
  category!: CategoryRefView;

  @ApiProperty({
    type: MoneyView,
    nullable: true,
    description: 'The lowest price among the active offers listed',
  })
  lowestPrice!: MoneyView | null;

  @ApiProperty({ description: 'How many active offers are listed' })
  offerCount!: number;

  @ApiProperty({ description: 'Whether some listed offer has stock available' })
  available!: boolean;
}
