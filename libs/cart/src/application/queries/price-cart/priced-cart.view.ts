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

/** One way the shop can ship these lines, priced for them. */
export class CartShippingOption {
  @ApiProperty({ format: 'uuid' }) methodId!: string;
  @ApiProperty({ example: 'Regular' }) name!: string;
  @ApiProperty({ example: 'JNE' }) carrier!: string;
  @ApiProperty({ enum: ['flat', 'per_item'] }) pricing!: string;
  @ApiProperty({
    description:
      "For this shop's lines: the price once (flat) or per unit (per_item); 0 from its free-above subtotal",
  })
  price!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Free from this shop subtotal on' })
  freeAbove!: number | null;
  @ApiProperty() estimatedDaysMin!: number;
  @ApiProperty() estimatedDaysMax!: number;
  @ApiProperty({ description: 'The one checkout uses unless told otherwise: the cheapest' })
  selected!: boolean;
}

export class PricedCartShop {
  @ApiProperty({ format: 'uuid' }) shopId!: string;
  @ApiProperty() shopName!: string;
  @ApiProperty({ type: [PricedCartLine] }) lines!: PricedCartLine[];
  @ApiProperty({ description: 'Sum of the purchasable lines' }) subtotal!: number;
  @ApiProperty({ description: "This shop's share of the promotion's discount" }) discount!: number;
  @ApiProperty({
    type: [CartShippingOption],
    description:
      "The shop's active methods in the cart's currency, cheapest first; empty: it cannot ship",
  })
  shippingOptions!: CartShippingOption[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The selected option' })
  shippingMethodId!: string | null;
  @ApiProperty({ description: "A free-shipping promotion covers this shop's shipping" })
  freeShipping!: boolean;
  @ApiProperty({ description: "The selected option's price (0 with free shipping)" })
  shipping!: number;
  @ApiProperty({ description: 'subtotal − discount + shipping, never negative' }) total!: number;
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
  @ApiProperty({ description: "Every shop's shipping" }) shipping!: number;
  @ApiProperty({ description: 'subtotal − discount + shipping' }) total!: number;
  @ApiProperty({ type: AppliedPromotion, nullable: true }) promotion!: AppliedPromotion | null;
}
