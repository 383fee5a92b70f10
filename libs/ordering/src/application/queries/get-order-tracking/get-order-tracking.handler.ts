import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderViews } from '../../services/order-views';
import { GetOrderTrackingQuery } from './get-order-tracking.query';
import { OrderTrackingView } from './order-tracking.view';

@QueryHandler(GetOrderTrackingQuery)
export class GetOrderTrackingHandler implements IQueryHandler<GetOrderTrackingQuery> {
  constructor(private readonly views: OrderViews) {}

  async execute({ actor, orderId }: GetOrderTrackingQuery): Promise<OrderTrackingView> {
    const order = await this.views.readableOrder(actor, orderId);
    return {
      orderId: order.id,
      status: order.status,
      shipments: order.shopOrders.map((s) => ({
        shopOrderId: s.id,
        shopId: s.shopId,
        shopName: s.shopName,
        status: s.status,
        shippingMethod: s.shippingMethod,
        shippingCost: s.shipping,
        carrier: s.carrier,
        trackingNumber: s.trackingNumber,
        paidAt: s.paidAt,
        shippedAt: s.shippedAt,
        deliveredAt: s.deliveredAt,
        completedAt: s.completedAt,
        cancelledAt: s.cancelledAt,
      })),
    };
  }
}
