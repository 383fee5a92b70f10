import { DomainEvent } from '@pasar/shared/domain';
import {
  REFUND_FAILED,
  REFUND_SUCCEEDED,
  RefundOutcomePayload,
} from '../../contracts/payments.events';

/** Internal to payments: a refund waits for its provider call (see RefundRequestedConsumer). */
export const REFUND_REQUESTED = 'payments.refund-requested';

export interface RefundRequestedPayload {
  refundId: string;
  paymentId: string;
  orderId: string;
}

export class RefundRequestedEvent extends DomainEvent<RefundRequestedPayload> {
  readonly type = REFUND_REQUESTED;
}

export class RefundSucceededEvent extends DomainEvent<RefundOutcomePayload> {
  readonly type = REFUND_SUCCEEDED;
}

export class RefundFailedEvent extends DomainEvent<RefundOutcomePayload> {
  readonly type = REFUND_FAILED;
}
