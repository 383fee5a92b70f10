/** The response a checkout request got, kept under its Idempotency-Key. */
export interface StoredCheckout {
  requestHash: string;
  status: number;
  body: object;
}

/**
 * Idempotency-Key bookkeeping for checkout, inside the checkout's own transaction (so a checkout
 * that fails leaves no trace and its key can be retried).
 */
export abstract class CheckoutIdempotency {
  /**
   * Claims (buyer, key) for a request with this fingerprint: null when the key is new (the
   * caller goes on to place the order), else what the earlier request with that key got. While
   * another transaction holds the same key uncommitted, this waits for it to end: committed,
   * its response is returned; rolled back, the key is claimed here.
   */
  abstract claim(buyerId: string, key: string, requestHash: string): Promise<StoredCheckout | null>;
  /** Stores the response of the claimed key, in the same transaction. */
  abstract complete(
    buyerId: string,
    key: string,
    response: { status: number; body: object; orderId: string },
  ): Promise<void>;
}
