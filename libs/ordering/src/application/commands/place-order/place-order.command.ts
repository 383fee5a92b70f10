import { Command } from '@nestjs/cqrs';
import { PaymentMethod } from '../../../domain/order/order.aggregate';
import { PlacedOrderView } from './placed-order.view';

/** What checkout answers: the first response to this Idempotency-Key, replayed or new. */
export interface CheckoutResult {
  status: number;
  body: PlacedOrderView;
  /** True when an earlier request with the same key and body already got this response. */
  replayed: boolean;
}

/**
 * Turns the buyer's cart into an order awaiting payment, all or nothing, once per
 * Idempotency-Key: the same key with the same body answers the first response again; with
 * another body it is ORDERING.IDEMPOTENCY_KEY_REUSED.
 */
export class PlaceOrderCommand extends Command<CheckoutResult> {
  constructor(
    readonly buyerId: string,
    readonly idempotencyKey: string,
    readonly shippingAddressId: string,
    readonly paymentMethod: PaymentMethod,
  ) {
    super();
  }
}
