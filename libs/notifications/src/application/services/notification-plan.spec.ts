import { planNotification } from './notification-plan';

const noBuyer = async () => null;
const base = { orderId: 'o-1', buyerId: 'b-1' };

describe('planNotification', () => {
  it('tells the buyer an order expired when it was cancelled for a payment timeout', async () => {
    expect(
      await planNotification(
        'ordering.order-cancelled',
        { ...base, reason: 'payment_timeout' },
        noBuyer,
      ),
    ).toEqual({ kind: 'order_expired', recipients: ['b-1'], data: { orderId: 'o-1' } });
    expect(
      await planNotification(
        'ordering.order-cancelled',
        { ...base, reason: 'buyer_cancelled' },
        noBuyer,
      ),
    ).toEqual({
      kind: 'order_cancelled',
      recipients: ['b-1'],
      data: { orderId: 'o-1', reason: 'buyer_cancelled' },
    });
  });

  it('tells only the buyer about shop-side events, with the shipping details', async () => {
    const plan = await planNotification(
      'ordering.shop-order-shipped',
      { ...base, shopOrderId: 's-1', shopId: 'shop-1', status: 'shipped', carrier: 'JNE' },
      noBuyer,
    );
    expect(plan).toEqual({
      kind: 'shipped',
      recipients: ['b-1'],
      data: { orderId: 'o-1', shopOrderId: 's-1', shopId: 'shop-1', carrier: 'JNE' },
    });
  });

  it('carries the order number of the events that name one', async () => {
    const number = 'PSR-7K3M-Q9XD';
    const placed = await planNotification(
      'ordering.order-placed',
      { ...base, orderNumber: number, total: 10_000, currency: 'IDR', shopOrders: [] },
      noBuyer,
    );
    const delivered = await planNotification(
      'ordering.shop-order-delivered',
      { ...base, orderNumber: number, shopOrderId: 's-1', shopId: 'shop-1' },
      noBuyer,
    );
    expect([placed?.data.orderNumber, delivered?.data.orderNumber]).toEqual([number, number]);
  });

  it('finds the buyer of a refunded order, and tells no one when it is unknown', async () => {
    const refund = {
      refundId: 'r-1',
      orderId: 'o-1',
      reference: 's-1',
      amount: 500,
      currency: 'IDR',
    };
    const plan = await planNotification('payments.refund-succeeded', refund, async (orderId) =>
      orderId === 'o-1' ? { buyerId: 'b-1', orderNumber: 'PSR-7K3M-Q9XD' } : null,
    );
    expect(plan).toMatchObject({
      kind: 'refunded',
      recipients: ['b-1'],
      data: { amount: 500, orderNumber: 'PSR-7K3M-Q9XD' },
    });
    expect(await planNotification('payments.refund-succeeded', refund, noBuyer)).toBeNull();
  });

  it('turns a chat reminder into one notification for its recipient, with the counts', async () => {
    const reminder = {
      userId: 'b-1',
      roomId: 'room-1',
      shopId: 'shop-1',
      buyerId: 'b-1',
      orderId: null,
      unreadCount: 3,
      senderNames: ['Sari'],
      firstUnreadAt: '2026-01-01T00:00:00.000Z',
    };
    expect(await planNotification('chat.unread-reminder', reminder, noBuyer)).toEqual({
      kind: 'chat_message',
      recipients: ['b-1'],
      data: {
        roomId: 'room-1',
        shopId: 'shop-1',
        unreadCount: 3,
        senderNames: ['Sari'],
        firstUnreadAt: '2026-01-01T00:00:00.000Z',
      },
    });
  });

  it('tells no one about a single chat message (reminders group them)', async () => {
    const message = {
      messageId: 'm-1',
      roomId: 'room-1',
      senderId: 'seller-1',
      text: 'halo',
      recipients: [{ userId: 'b-1', online: false }],
    };
    expect(await planNotification('chat.message-posted', message, noBuyer)).toBeNull();
  });

  it('ignores events it does not know', async () => {
    expect(await planNotification('ordering.shop-order-completed', base, noBuyer)).toBeNull();
  });
});
