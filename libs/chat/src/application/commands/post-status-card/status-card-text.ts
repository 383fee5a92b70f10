import { OrderCard } from '../../../domain/message/message-card';
import { OrderStatusChange } from './post-status-card.command';

const money = ({ amount, currency }: { amount: number; currency: string }) =>
  `${currency} ${amount}`;

/** The sentence a status card shows, e.g. "Order PSR-7K3M-Q9XD was shipped with JNE (tracking 123)." */
export function statusCardText(change: OrderStatusChange, card: OrderCard): string {
  const order = `Order ${card.orderNumber}`;
  switch (change.status) {
    case 'paid':
      return `${order} was paid.`;
    case 'shipped': {
      const carrier = change.carrier ? ` with ${change.carrier}` : '';
      const tracking = change.trackingNumber ? ` (tracking ${change.trackingNumber})` : '';
      return `${order} was shipped${carrier}${tracking}.`;
    }
    case 'delivered':
      return `${order} was delivered.`;
    case 'completed':
      return `${order} is completed.`;
    case 'cancelled': {
      if (change.reason === 'payment_timeout') return `${order} expired unpaid and was cancelled.`;
      const refund =
        change.refundAmount !== undefined && change.refundAmount > 0
          ? ` A refund of ${money({ amount: change.refundAmount, currency: card.total.currency })} was issued.`
          : '';
      return `${order} was cancelled.${refund}`;
    }
  }
}
