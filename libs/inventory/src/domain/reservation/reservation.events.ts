import { DomainEvent } from '@pasar/shared/domain';
import {
  RESERVATION_COMMITTED,
  RESERVATION_EXPIRED,
  RESERVATION_RELEASED,
  ReservationSettledPayload,
  STOCK_RESERVED,
  StockReservedPayload,
} from '../../contracts/inventory.events';

export class StockReservedEvent extends DomainEvent<StockReservedPayload> {
  readonly type = STOCK_RESERVED;
}

export class ReservationCommittedEvent extends DomainEvent<ReservationSettledPayload> {
  readonly type = RESERVATION_COMMITTED;
}

export class ReservationReleasedEvent extends DomainEvent<ReservationSettledPayload> {
  readonly type = RESERVATION_RELEASED;
}

export class ReservationExpiredEvent extends DomainEvent<ReservationSettledPayload> {
  readonly type = RESERVATION_EXPIRED;
}
