import { ApiProperty } from '@nestjs/swagger';
import { CategoryRefView } from '../list-products/product-list-item.view';
import { MoneyView } from '../money.view';

export class ProductVariantView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'BATIK-L-RED' })
  sku!: string;

  @ApiProperty({ example: 'Large / Red' })
  title!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { size: 'L' } })
  options!: Record<string, string>;
}

export class OfferShopView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'toko-ana' })
  slug!: string;

  @ApiProperty({ example: 'Toko Ana' })
  name!: string;
}

/** One shop's active offer of one variant. */
export class ProductOfferView {
  @ApiProperty({ format: 'uuid' })
  offerId!: string;

  @ApiProperty({ type: OfferShopView })
  shop!: OfferShopView;

  @ApiProperty({ format: 'uuid' })
  variantId!: string;

  @ApiProperty({ type: MoneyView })
  price!: MoneyView;

  @ApiProperty({ type: MoneyView, nullable: true, description: 'The "was" price' })
  compareAtPrice!: MoneyView | null;

  @ApiProperty({ description: 'What the shop can sell: summed over its active warehouses' })
  available!: number;
}

/** A product page: the product, its variants and every active shop's offer, cheapest first. */
export class ProductDetailView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  slug!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ type: String, nullable: true })
  imageUrl!: string | null;

  @ApiProperty({ type: CategoryRefView })
  category!: CategoryRefView;

  @ApiProperty({ type: MoneyView, nullable: true })
  lowestPrice!: MoneyView | null;

  @ApiProperty()
  available!: boolean;

  @ApiProperty({ type: [ProductVariantView] })
  variants!: ProductVariantView[];

  @ApiProperty({ type: [ProductOfferView] })
  offers!: ProductOfferView[];
}
