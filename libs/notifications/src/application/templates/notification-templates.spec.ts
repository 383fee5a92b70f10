import { NOTIFICATION_KINDS } from '../../domain/notification/notification-kind';
import { formatMoney, renderEmail, renderNotification } from './notification-templates';

const orderId = '1a2b3c4d-0000-4000-8000-000000000000';

describe('notification templates', () => {
  it('has a title, body and email for every kind', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const data = { orderId, roomId: orderId, senderName: 'Toko A', preview: 'Halo' };
      const { title, body } = renderNotification(kind, data);
      const email = renderEmail(kind, data, { name: 'Budi' }, 'https://pasar.test');
      expect(title.length).toBeGreaterThan(0);
      expect(body.length).toBeGreaterThan(0);
      expect(email.subject.length).toBeGreaterThan(0);
      expect(email.text).toContain('Hi Budi,');
      expect(email.html).toContain('<p>Hi Budi,</p>');
    }
  });

  it('names the order by its number, and one from before numbers by a short reference', () => {
    const orderNumber = 'PSR-7K3M-Q9XD';
    expect(renderNotification('shipped', { orderId, orderNumber }).title).toBe(
      'Order PSR-7K3M-Q9XD shipped',
    );
    const email = renderEmail('refunded', { orderId, orderNumber }, { name: 'Budi' }, 'https://x');
    expect(email.subject).toBe('Refund issued for order PSR-7K3M-Q9XD');
    expect(renderNotification('delivered', { orderId }).title).toBe('Order #1A2B3C4D delivered');
  });

  it('names the order by its short reference and formats minor units as money', () => {
    const content = renderNotification('order_paid', { orderId, amount: 150_000, currency: 'USD' });
    expect(content.title).toBe('Order #1A2B3C4D paid');
    expect(content.body).toContain('$1,500.00');
    expect(formatMoney(150_000, 'IDR')).toMatch(/^IDR\s150,000$/); // no minor unit in use
  });

  it('tells shipping details when the carrier gave them', () => {
    expect(
      renderNotification('shipped', { orderId, carrier: 'JNE', trackingNumber: 'JN123' }).body,
    ).toBe('Part of your order is on its way with JNE, tracking number JN123.');
    expect(renderNotification('shipped', { orderId }).body).toBe(
      'Part of your order is on its way.',
    );
  });

  it('says an expired order was not paid in time, and a cancellation why and what is refunded', () => {
    expect(renderNotification('order_expired', { orderId }).body).toContain('not paid in time');
    const cancelled = renderNotification('order_cancelled', {
      orderId,
      shopOrderId: orderId,
      reason: 'seller_cancelled',
      amount: 2_000,
      currency: 'USD',
    });
    expect(cancelled.body).toBe(
      'Part of your order was cancelled (seller cancelled). $20.00 will be refunded.',
    );
  });

  it('links the email to the order or chat room under the public URL', () => {
    const order = renderEmail('delivered', { orderId }, { name: 'Budi' }, 'https://pasar.test/');
    expect(order.subject).toBe('Your order #1A2B3C4D was delivered');
    expect(order.text).toContain(`https://pasar.test/orders/${orderId}`);
    const chat = renderEmail(
      'chat_message',
      { roomId: 'room-1', senderNames: ['Toko A'], unreadCount: 3 },
      { name: 'Budi' },
      'https://pasar.test',
    );
    expect(chat.subject).toBe('You have 3 unread messages from Toko A on Pasar');
    expect(chat.html).toContain('href="https://pasar.test/chat/rooms/room-1"');
    expect(chat.text).toContain('Toko A wrote to you and you have not read them yet.');
  });

  it('groups a chat reminder: one count and every sender, singular for one message', () => {
    expect(
      renderNotification('chat_message', { senderNames: ['Ana', 'Sari'], unreadCount: 5 }).title,
    ).toBe('5 unread messages from Ana, Sari');
    expect(renderNotification('chat_message', { senderNames: ['Ana'], unreadCount: 1 })).toEqual({
      title: '1 unread message from Ana',
      body: 'Ana wrote to you and you have not read it yet.',
    });
  });

  it('escapes what users wrote in the HTML email', () => {
    const email = renderEmail(
      'chat_message',
      { roomId: 'r', senderNames: ['<script>alert(1)</script>'], unreadCount: 2 },
      { name: 'Budi & "Co"' },
      'https://pasar.test',
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Budi &amp; &quot;Co&quot;');
  });
});
