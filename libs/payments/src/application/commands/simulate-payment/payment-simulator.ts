export type SimulatedOutcome = 'succeeded' | 'failed';

/** The card brands the simulated provider knows (Stripe's names). */
export const TEST_CARD_BRANDS = [
  'visa',
  'mastercard',
  'amex',
  'jcb',
  'unionpay',
  'discover',
  'diners',
] as const;
export type TestCardBrand = (typeof TEST_CARD_BRANDS)[number];

/** The card a simulated payment is made with: only what a provider reports of a card. */
export interface TestCard {
  brand: TestCardBrand;
  last4: string;
}

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
   * already has the other outcome is PAYMENTS.SIMULATED_INTENT_SETTLED (409). A payment made
   * with `card` reports its brand and last four digits in the event.
   */
  abstract settle(
    intentId: string,
    outcome: SimulatedOutcome,
    failureReason: string | null,
    card: TestCard | null,
  ): Promise<SimulatedDelivery>;
}
