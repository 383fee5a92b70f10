import { DomainEvent } from '@pasar/shared/domain';
import {
  SHOP_ORDER_CANCELLED,
  SHOP_ORDER_COMPLETED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_SHIPPED,
  ShopOrderStatusPayload,
} from '../../contracts/ordering.events';

export class ShopOrderShippedEvent extends DomainEvent<ShopOrderStatusPayload> {
  readonly type = SHOP_ORDER_SHIPPED;
}

export class ShopOrderDeliveredEvent extends DomainEvent<ShopOrderStatusPayload> {
  readonly type = SHOP_ORDER_DELIVERED;
}

export class ShopOrderCompletedEvent extends DomainEvent<ShopOrderStatusPayload> {
  readonly type = SHOP_ORDER_COMPLETED;
}

export class ShopOrderCancelledEvent extends DomainEvent<ShopOrderStatusPayload> {
  readonly type = SHOP_ORDER_CANCELLED;
}
