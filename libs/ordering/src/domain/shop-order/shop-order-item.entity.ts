import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { ShopOrder } from './shop-order.aggregate';

/** What checkout bought of one offer, as it was priced then (a snapshot, never re-read). */
export interface OrderLine {
  offerId: string;
  productId: string;
  variantId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  /** Minor units. */
  unitPrice: number;
}

/** One line of a ShopOrder with its price snapshot; part of the ShopOrder aggregate. */
@Entity({ schema: 'ordering', tableName: 'shop_order_items' })
@Check({ name: 'shop_order_items_quantity_check', expression: 'quantity > 0' })
@Check({
  name: 'shop_order_items_amounts_check',
  expression: 'unit_price >= 0 and line_total = unit_price * quantity',
})
export class ShopOrderItem {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @ManyToOne({ entity: 'ShopOrder', deleteRule: 'cascade', index: true })
  readonly shopOrder: ShopOrder;

  @Property({ type: 'integer' })
  readonly position: number;

  @Property({ type: 'uuid' })
  readonly offerId: string;

  @Property({ type: 'uuid' })
  readonly productId: string;

  @Property({ type: 'uuid' })
  readonly variantId: string;

  @Property({ type: 'string', length: 300 })
  readonly productName: string;

  @Property({ type: 'string', length: 300 })
  readonly variantTitle: string;

  @Property({ type: 'string', length: 64 })
  readonly sku: string;

  @Property({ type: 'integer' })
  readonly quantity: number;

  @Property({ type: new BigIntType('number') })
  readonly unitPrice: number;

  @Property({ type: new BigIntType('number') })
  readonly lineTotal: number;

  constructor(shopOrder: ShopOrder, line: OrderLine, position: number) {
    this.id = randomUUID();
    this.shopOrder = shopOrder;
    this.position = position;
    this.offerId = line.offerId;
    this.productId = line.productId;
    this.variantId = line.variantId;
    this.productName = line.productName;
    this.variantTitle = line.variantTitle;
    this.sku = line.sku;
    this.quantity = line.quantity;
    this.unitPrice = line.unitPrice;
    this.lineTotal = line.unitPrice * line.quantity;
  }
}
