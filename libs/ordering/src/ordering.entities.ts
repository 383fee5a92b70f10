import { Order } from './domain/order/order.aggregate';
import { ShippingAddress } from './domain/order/shipping-address.vo';
import { ShopOrderItem } from './domain/shop-order/shop-order-item.entity';
import { ShopOrder } from './domain/shop-order/shop-order.aggregate';
import { TimelineEntry } from './domain/timeline/timeline-entry.entity';
import { IdempotencyRecord } from './infrastructure/persistence/idempotency-record.entity';

/** Every table of the ordering schema (the migration CLI and the module both use this list). */
export const ORDERING_ENTITIES = [
  Order,
  ShippingAddress,
  ShopOrder,
  ShopOrderItem,
  TimelineEntry,
  IdempotencyRecord,
];
