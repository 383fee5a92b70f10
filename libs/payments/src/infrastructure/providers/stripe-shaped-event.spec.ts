import { randomUUID } from 'node:crypto';
import { InvalidWebhookEventError } from '../../domain/provider/provider.errors';
import { normalizeStripeShapedEvent } from './stripe-shaped-event';

describe('normalizing Stripe-shaped webhook events', () => {
  const paymentId = randomUUID();
  const refundId = randomUUID();
  const intent = (extra: object = {}) => ({
    id: 'pi_1',
    object: 'payment_intent',
    metadata: { paymentId, orderId: randomUUID() },
    ...extra,
  });

  it('reads a succeeded intent with Pasar’s payment id from the metadata', () => {
    expect(
      normalizeStripeShapedEvent({
        id: 'evt_1',
        type: 'payment_intent.succeeded',
        data: { object: intent() },
      }),
    ).toEqual({
      id: 'evt_1',
      type: 'payment.succeeded',
      providerIntentId: 'pi_1',
      providerRefundId: null,
      paymentId,
      refundId: null,
      failureReason: null,
      paymentMethod: null,
      dispute: null,
    });
  });

  describe('how the buyer paid', () => {
    const charge = (card: object | null, type = 'card') => ({
      id: 'ch_1',
      object: 'charge',
      payment_intent: 'pi_1',
      metadata: { paymentId },
      payment_method_details: { type, ...(card && { [type]: card }) },
    });
    const visa = { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, fingerprint: 'f' };
    const succeeded = (object: object) =>
      normalizeStripeShapedEvent({
        id: 'evt_5',
        type: 'payment_intent.succeeded',
        data: { object },
      });

    it('reads the card brand and last four digits from the intent’s expanded latest charge', () => {
      expect(succeeded(intent({ latest_charge: charge(visa) })).paymentMethod).toEqual({
        method: 'card',
        cardBrand: 'visa',
        cardLast4: '4242',
      });
    });

    it('reads them from the charges list of older API versions (its newest charge)', () => {
      const declined = charge({ brand: 'amex', last4: '0005' });
      const paid = charge({ brand: 'mastercard', last4: '4444' });
      expect(
        succeeded(intent({ charges: { object: 'list', data: [declined, paid] } })).paymentMethod,
      ).toEqual({ method: 'card', cardBrand: 'mastercard', cardLast4: '4444' });
    });

    it('knows nothing from a bare charge id, and reports a charge.succeeded event’s card apart', () => {
      expect(succeeded(intent({ latest_charge: 'ch_1' })).paymentMethod).toBeNull();
      expect(
        normalizeStripeShapedEvent({
          id: 'evt_6',
          type: 'charge.succeeded',
          data: { object: charge(visa) },
        }),
      ).toEqual({
        id: 'evt_6',
        type: 'payment.details',
        providerIntentId: 'pi_1',
        providerRefundId: null,
        paymentId,
        refundId: null,
        failureReason: null,
        paymentMethod: { method: 'card', cardBrand: 'visa', cardLast4: '4242' },
        dispute: null,
      });
    });

    it('never keeps more of a card than four digits, and no card details for other methods', () => {
      const full = charge({ brand: 'visa', last4: '4242424242424242' });
      expect(succeeded(intent({ latest_charge: full })).paymentMethod).toEqual({
        method: 'card',
        cardBrand: 'visa',
        cardLast4: null,
      });
      const wallet = charge({ brand: 'visa', last4: '4242' }, 'grabpay');
      expect(succeeded(intent({ latest_charge: wallet })).paymentMethod).toEqual({
        method: 'grabpay',
        cardBrand: null,
        cardLast4: null,
      });
    });
  });

  it('reads a failed intent with the provider’s decline message', () => {
    const event = normalizeStripeShapedEvent({
      id: 'evt_2',
      type: 'payment_intent.payment_failed',
      data: {
        object: intent({ last_payment_error: { message: 'Your card has insufficient funds.' } }),
      },
    });
    expect(event).toMatchObject({
      type: 'payment.failed',
      providerIntentId: 'pi_1',
      failureReason: 'Your card has insufficient funds.',
    });
  });

  it('reads refunds by their final status and waits on the others', () => {
    const refund = (status: string, extra: object = {}) =>
      normalizeStripeShapedEvent({
        id: `evt_${status}`,
        type: 'refund.updated',
        data: {
          object: { id: 're_1', object: 'refund', status, metadata: { refundId }, ...extra },
        },
      });
    expect(refund('succeeded')).toMatchObject({
      type: 'refund.succeeded',
      providerRefundId: 're_1',
      refundId,
    });
    expect(refund('failed', { failure_reason: 'expired_or_canceled_card' })).toMatchObject({
      type: 'refund.failed',
      failureReason: 'expired_or_canceled_card',
    });
    expect(refund('pending').type).toBe('ignored');
  });

  it('reads a dispute’s opening and closing with its charge’s intent', () => {
    const dispute = (type: string, status: string, extra: object = {}) =>
      normalizeStripeShapedEvent({
        id: `evt_${status}`,
        type,
        data: {
          object: {
            id: 'dp_1',
            object: 'dispute',
            charge: 'ch_1',
            payment_intent: 'pi_1',
            reason: 'fraudulent',
            status,
            metadata: {},
            ...extra,
          },
        },
      });
    expect(dispute('charge.dispute.created', 'needs_response')).toMatchObject({
      type: 'payment.disputed',
      providerIntentId: 'pi_1',
      paymentId: null,
      dispute: { id: 'dp_1', reason: 'fraudulent', status: 'needs_response' },
    });
    expect(dispute('charge.dispute.closed', 'won')).toMatchObject({
      type: 'payment.dispute-closed',
      providerIntentId: 'pi_1',
      dispute: { id: 'dp_1', status: 'won' },
    });
    expect(dispute('charge.dispute.updated', 'under_review').type).toBe('ignored');
    expect(dispute('charge.dispute.created', 'needs_response', { id: '' }).type).toBe('ignored');
  });

  it('ignores events Pasar does not act on, and drops metadata ids that are not UUIDs', () => {
    expect(
      normalizeStripeShapedEvent({ id: 'evt_3', type: 'customer.created', data: { object: {} } })
        .type,
    ).toBe('ignored');
    const event = normalizeStripeShapedEvent({
      id: 'evt_4',
      type: 'payment_intent.succeeded',
      data: { object: intent({ metadata: { paymentId: "1' or 1=1" } }) },
    });
    expect(event.paymentId).toBeNull();
  });

  it.each([null, {}, { id: 'evt', type: 'x' }, { id: 1, type: 'x', data: { object: {} } }])(
    'refuses a body that is not an event: %j',
    (body) => {
      expect(() => normalizeStripeShapedEvent(body)).toThrow(InvalidWebhookEventError);
    },
  );
});
