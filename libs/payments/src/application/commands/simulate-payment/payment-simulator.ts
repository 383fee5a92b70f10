export type SimulatedOutcome = 'succeeded' | 'failed';

export interface SimulatedDelivery {
  /** The provider event announcing the outcome (the same on every redelivery). */
  eventId: string;
  /** The HTTP status Pasar's webhook route answered the delivery with. */
  webhookStatus: number;
}

/** DI token: the simulated provider's own side (implemented in infrastructure). */
export abstract class PaymentSimulator {
  /**
   * Settles the simulated intent as the buyer's bank would, then delivers the provider's signed
   * webhook event to Pasar's webhook route through the HTTP pipeline. Settling an intent that
   * already has the other outcome is PAYMENTS.SIMULATED_INTENT_SETTLED (409).
   */
  abstract settle(
    intentId: string,
    outcome: SimulatedOutcome,
    failureReason: string | null,
  ): Promise<SimulatedDelivery>;
}
