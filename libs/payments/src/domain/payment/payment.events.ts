import { DomainEvent } from '@pasar/shared/domain';
import {
  PAYMENT_FAILED,
  PAYMENT_SUCCEEDED,
  PaymentOutcomePayload,
} from '../../contracts/payments.events';

export class PaymentSucceededEvent extends DomainEvent<PaymentOutcomePayload> {
  readonly type = PAYMENT_SUCCEEDED;
}

export class PaymentFailedEvent extends DomainEvent<PaymentOutcomePayload> {
  readonly type = PAYMENT_FAILED;
}
