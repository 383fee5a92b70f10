import { NotificationData, NotificationKind } from '../../domain/notification/notification-kind';

export interface NotificationContent {
  title: string;
  body: string;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** What one kind of notification says, in the app and by email. */
interface Template {
  title(data: NotificationData): string;
  body(data: NotificationData): string;
  subject(data: NotificationData): string;
  /** Where the email's button leads, relative to the public URL. */
  path(data: NotificationData): string;
  action: string;
}

/** The order's number; for orders from before numbers, a short form of its id. */
const ref = (d: NotificationData) =>
  d.orderNumber ?? (d.orderId ? `#${d.orderId.slice(0, 8).toUpperCase()}` : '');
const orderPath = (data: NotificationData) => `/orders/${data.orderId ?? ''}`;
/** A chat reminder's count, e.g. "3 unread messages". */
const unread = (d: NotificationData) => {
  const count = d.unreadCount ?? 1;
  return `${count} unread message${count === 1 ? '' : 's'}`;
};
const senders = (d: NotificationData) =>
  d.senderNames?.length ? d.senderNames.join(', ') : (d.senderName ?? 'someone');

/** Integer minor units as a price, e.g. 150000 IDR → "IDR 1,500.00". */
export function formatMoney(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined || !currency) return '';
  try {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    return `${currency} ${amount}`;
  }
}

const TEMPLATES: Record<NotificationKind, Template> = {
  order_placed: {
    title: (d) => `Order ${ref(d)} placed`,
    body: (d) =>
      `We received your order of ${formatMoney(d.amount, d.currency)}. Pay before the reservation runs out to keep your items.`,
    subject: (d) => `Your Pasar order ${ref(d)} is placed`,
    path: orderPath,
    action: 'View your order',
  },
  order_paid: {
    title: (d) => `Order ${ref(d)} paid`,
    body: (d) =>
      `Your payment of ${formatMoney(d.amount, d.currency)} was received. The shops are preparing your items.`,
    subject: (d) => `Payment received for order ${ref(d)}`,
    path: orderPath,
    action: 'View your order',
  },
  shipped: {
    title: (d) => `Order ${ref(d)} shipped`,
    body: (d) =>
      d.carrier || d.trackingNumber
        ? `Part of your order is on its way with ${d.carrier ?? 'the carrier'}${d.trackingNumber ? `, tracking number ${d.trackingNumber}` : ''}.`
        : 'Part of your order is on its way.',
    subject: (d) => `Your order ${ref(d)} has shipped`,
    path: orderPath,
    action: 'Track your order',
  },
  delivered: {
    title: (d) => `Order ${ref(d)} delivered`,
    body: () => 'Part of your order was delivered. Let us know if anything is wrong.',
    subject: (d) => `Your order ${ref(d)} was delivered`,
    path: orderPath,
    action: 'View your order',
  },
  order_cancelled: {
    title: (d) => `Order ${ref(d)} cancelled`,
    body: (d) =>
      (d.shopOrderId ? 'Part of your order was cancelled' : 'Your order was cancelled') +
      (d.reason ? ` (${d.reason.replace(/_/g, ' ')})` : '') +
      (d.amount ? `. ${formatMoney(d.amount, d.currency)} will be refunded.` : '.'),
    subject: (d) => `Your order ${ref(d)} was cancelled`,
    path: orderPath,
    action: 'View your order',
  },
  order_expired: {
    title: (d) => `Order ${ref(d)} expired`,
    body: () => 'Your order was not paid in time, so it was cancelled and its items released.',
    subject: (d) => `Your order ${ref(d)} expired`,
    path: orderPath,
    action: 'View your order',
  },
  refunded: {
    title: (d) => `Refund for order ${ref(d)}`,
    body: (d) => `We refunded ${formatMoney(d.amount, d.currency)} to your payment method.`,
    subject: (d) => `Refund issued for order ${ref(d)}`,
    path: orderPath,
    action: 'View your order',
  },
  chat_message: {
    title: (d) => `${unread(d)} from ${senders(d)}`,
    body: (d) =>
      `${senders(d)} wrote to you and you have not read ${(d.unreadCount ?? 1) === 1 ? 'it' : 'them'} yet.`,
    subject: (d) => `You have ${unread(d)} from ${senders(d)} on Pasar`,
    path: (d) => `/chat/rooms/${d.roomId ?? ''}`,
    action: 'Read and reply',
  },
};

/** The in-app title and body of a notification. */
export function renderNotification(
  kind: NotificationKind,
  data: NotificationData,
): NotificationContent {
  const template = TEMPLATES[kind];
  return { title: template.title(data), body: template.body(data) };
}

/** The email for a notification, greeting the recipient by name. */
export function renderEmail(
  kind: NotificationKind,
  data: NotificationData,
  recipient: { name: string },
  publicUrl: string,
): EmailContent {
  const template = TEMPLATES[kind];
  const { title, body } = renderNotification(kind, data);
  const link = `${publicUrl.replace(/\/+$/, '')}${template.path(data)}`;
  const text = [
    `Hi ${recipient.name},`,
    '',
    title,
    '',
    body,
    '',
    `${template.action}: ${link}`,
    '',
    '— Pasar',
  ].join('\n');
  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; color: #222">',
    `<p>Hi ${escapeHtml(recipient.name)},</p>`,
    `<h2>${escapeHtml(title)}</h2>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(template.action)}</a></p>`,
    '<p>— Pasar</p>',
    '</body></html>',
  ].join('\n');
  return { subject: template.subject(data), text, html };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
