import { ApiProperty } from '@nestjs/swagger';

/** One cart line priced from its offer as it is now. Amounts are integer minor units. */
export class PricedCartLine {
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ format: 'uuid', description: 'The ShopProduct (offer)' }) offerId!: string;
  @ApiProperty({ format: 'uuid' }) shopId!: string;
  @ApiProperty({ format: 'uuid' }) variantId!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty() productName!: string;
  @ApiProperty({ example: 'Large / Red' }) variantTitle!: string;
  @ApiProperty() sku!: string;
  @ApiProperty({ minimum: 1 }) quantity!: number;
  @ApiProperty() unitPrice!: number;
  @ApiProperty({ description: 'unitPrice × quantity' }) lineTotal!: number;
  @ApiProperty({ example: 'IDR' }) currency!: string;
  @ApiProperty({
    description:
      'The offer, its shop and its product are active and the offer is in the cart’s currency',
  })
  purchasable!: boolean;
}

export class PricedCartShop {
  @ApiProperty({ format: 'uuid' }) shopId!: string;
  @ApiProperty() shopName!: string;
  @ApiProperty({ type: [PricedCartLine] }) lines!: PricedCartLine[];
  @ApiProperty({ description: 'Sum of the purchasable lines' }) subtotal!: number;
  @ApiProperty({ description: "This shop's share of the promotion's discount" }) discount!: number;
  @ApiProperty({ description: 'subtotal − discount, never negative' }) total!: number;
}

export class AppliedPromotion {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Whether it applies to the cart as it is now' }) valid!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it does not apply (error code), if not valid',
  })
  problem!: string | null;
}

export class PricedCart {
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty({ nullable: true, description: 'The one currency of every line; null when empty' })
  currency!: string | null;
  @ApiProperty({ type: [PricedCartShop] }) shops!: PricedCartShop[];
  @ApiProperty() subtotal!: number;
  @ApiProperty() discount!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: AppliedPromotion, nullable: true }) promotion!: AppliedPromotion | null;
}
