import {
  CHAT_UNREAD_REMINDER,
  ChatUnreadReminder,
  ConsumedEvents,
  ORDER_CANCELLED,
  ORDER_PAID,
  ORDER_PLACED,
  OrderCancelled,
  OrderPaid,
  OrderPlaced,
  REFUND_SUCCEEDED,
  RefundSucceeded,
  SHOP_ORDER_CANCELLED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_SHIPPED,
  ShopOrderStatus,
} from '../../contracts/consumed-events';
import { NotificationData, NotificationKind } from '../../domain/notification/notification-kind';

/** Who to tell what about one event. */
export interface NotificationPlan {
  kind: NotificationKind;
  recipients: string[];
  data: NotificationData;
}

/** Finds the buyer of an order and its number (refund events name neither). */
export type BuyerOfOrder = (
  orderId: string,
) => Promise<{ buyerId: string; orderNumber: string | null } | null>;

/**
 * The notification an event makes, or null when it tells no one. Shop-side events name only
 * the buyer, so only the buyer hears about them; chat tells a recipient about unread messages
 * only through a reminder (one for all their unread messages in a room), never per message.
 */
export async function planNotification(
  type: string,
  payload: unknown,
  buyerOfOrder: BuyerOfOrder,
): Promise<NotificationPlan | null> {
  switch (type as keyof ConsumedEvents) {
    case ORDER_PLACED: {
      const p = payload as OrderPlaced;
      return plan('order_placed', [p.buyerId], {
        orderId: p.orderId,
        orderNumber: p.orderNumber,
        amount: p.total,
        currency: p.currency,
      });
    }
    case ORDER_PAID: {
      const p = payload as OrderPaid;
      return plan('order_paid', [p.buyerId], {
        orderId: p.orderId,
        orderNumber: p.orderNumber,
        amount: p.total,
        currency: p.currency,
      });
    }
    case ORDER_CANCELLED: {
      const p = payload as OrderCancelled;
      const order = { orderId: p.orderId, orderNumber: p.orderNumber };
      return p.reason === 'payment_timeout'
        ? plan('order_expired', [p.buyerId], order)
        : plan('order_cancelled', [p.buyerId], { ...order, reason: p.reason });
    }
    case SHOP_ORDER_SHIPPED: {
      const p = payload as ShopOrderStatus;
      return plan('shipped', [p.buyerId], {
        ...shopOrderData(p),
        carrier: p.carrier,
        trackingNumber: p.trackingNumber,
      });
    }
    case SHOP_ORDER_DELIVERED: {
      const p = payload as ShopOrderStatus;
      return plan('delivered', [p.buyerId], shopOrderData(p));
    }
    case SHOP_ORDER_CANCELLED: {
      const p = payload as ShopOrderStatus;
      return plan('order_cancelled', [p.buyerId], {
        ...shopOrderData(p),
        reason: p.reason,
        amount: p.refundAmount,
      });
    }
    case REFUND_SUCCEEDED: {
      const p = payload as RefundSucceeded;
      const order = await buyerOfOrder(p.orderId);
      if (!order) return null;
      return plan('refunded', [order.buyerId], {
        orderId: p.orderId,
        orderNumber: order.orderNumber ?? undefined,
        refundId: p.refundId,
        amount: p.amount,
        currency: p.currency,
      });
    }
    case CHAT_UNREAD_REMINDER: {
      const p = payload as ChatUnreadReminder;
      return plan('chat_message', [p.userId], {
        roomId: p.roomId,
        shopId: p.shopId,
        orderId: p.orderId ?? undefined,
        unreadCount: p.unreadCount,
        senderNames: p.senderNames,
        firstUnreadAt: p.firstUnreadAt,
      });
    }
    default:
      return null;
  }
}

function plan(kind: NotificationKind, recipients: string[], data: NotificationData) {
  return { kind, recipients: [...new Set(recipients)], data: withoutUndefined(data) };
}

const shopOrderData = (p: ShopOrderStatus): NotificationData => ({
  orderId: p.orderId,
  orderNumber: p.orderNumber,
  shopOrderId: p.shopOrderId,
  shopId: p.shopId,
});

function withoutUndefined(data: NotificationData): NotificationData {
  return Object.fromEntries(
    Object.entries(data).filter(([, value]) => value !== undefined && value !== null),
  ) as NotificationData;
}
