import Stripe from 'stripe';
import { StripePaymentProvider } from './stripe-payment.provider';

const WEBHOOK_SECRET = 'whsec_pasar_unit';

describe('StripePaymentProvider webhooks (offline, signed with the SDK’s test helper)', () => {
  const provider = new StripePaymentProvider(
    { secretKey: 'sk_test_unit', webhookSecret: WEBHOOK_SECRET, apiUrl: null },
    { timeoutMs: 1_000, webhookToleranceSeconds: 300 },
  );
  const signed = (event: object) => {
    const payload = JSON.stringify(event);
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    return provider.verifyWebhook(Buffer.from(payload), header);
  };
  const card = { brand: 'jcb', last4: '0000', exp_month: 1, exp_year: 2031, country: 'JP' };

  it('reads the card of a succeeded PaymentIntent with its latest charge expanded', () => {
    const event = signed({
      id: 'evt_pi',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: {
        object: {
          id: 'pi_unit',
          object: 'payment_intent',
          metadata: {},
          latest_charge: {
            id: 'ch_unit',
            object: 'charge',
            payment_method_details: { type: 'card', card },
          },
        },
      },
    });
    expect(event).toMatchObject({
      type: 'payment.succeeded',
      providerIntentId: 'pi_unit',
      paymentMethod: { method: 'card', cardBrand: 'jcb', cardLast4: '0000' },
    });
  });

  it('reads the card of a charge.succeeded event, for the intent it paid', () => {
    const event = signed({
      id: 'evt_ch',
      object: 'event',
      type: 'charge.succeeded',
      data: {
        object: {
          id: 'ch_unit',
          object: 'charge',
          payment_intent: 'pi_unit',
          metadata: {},
          payment_method_details: { type: 'card', card },
        },
      },
    });
    expect(event).toMatchObject({
      type: 'payment.details',
      providerIntentId: 'pi_unit',
      paymentMethod: { method: 'card', cardBrand: 'jcb', cardLast4: '0000' },
    });
  });
});
