import { DomainEvent } from '@pasar/shared/domain';
import {
  ORDER_CANCELLED,
  ORDER_PAID,
  ORDER_PLACED,
  OrderCancelledPayload,
  OrderPaidPayload,
  OrderPlacedPayload,
} from '../../contracts/ordering.events';

export class OrderPlacedEvent extends DomainEvent<OrderPlacedPayload> {
  readonly type = ORDER_PLACED;
}

export class OrderPaidEvent extends DomainEvent<OrderPaidPayload> {
  readonly type = ORDER_PAID;
}

export class OrderCancelledEvent extends DomainEvent<OrderCancelledPayload> {
  readonly type = ORDER_CANCELLED;
}
