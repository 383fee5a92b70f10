import { Command } from '@nestjs/cqrs';
import { PaymentMethod } from '../../../domain/order/placement';
import { ShippingChoice } from './checkout-cart';
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
    /** Null: the buyer's default billing address, else the shipping address. */
    readonly billingAddressId: string | null = null,
    /** One shop's shipping method each; shops left out ship with their cheapest. */
    readonly shippingMethods: ShippingChoice[] = [],
  ) {
    super();
  }
}
