import { DomainEvent } from '@pasar/shared/domain';
import {
  PAYMENT_DISPUTE_CLOSED,
  PAYMENT_DISPUTE_OPENED,
  PAYMENT_FAILED,
  PAYMENT_SUCCEEDED,
  PaymentDisputePayload,
  PaymentOutcomePayload,
} from '../../contracts/payments.events';

export class PaymentSucceededEvent extends DomainEvent<PaymentOutcomePayload> {
  readonly type = PAYMENT_SUCCEEDED;
}

export class PaymentFailedEvent extends DomainEvent<PaymentOutcomePayload> {
  readonly type = PAYMENT_FAILED;
}

export class PaymentDisputeOpenedEvent extends DomainEvent<PaymentDisputePayload> {
  readonly type = PAYMENT_DISPUTE_OPENED;
}

export class PaymentDisputeClosedEvent extends DomainEvent<PaymentDisputePayload> {
  readonly type = PAYMENT_DISPUTE_CLOSED;
}
