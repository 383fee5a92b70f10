import { Query } from '@nestjs/cqrs';
import { OrderHeader } from './order-header.view';

/**
 * Public query for other contexts (chat's room headers): for each (order, shop) asked about,
 * the order's number and status and that shop's part of it. Pairs that name no ShopOrder are
 * left out; the caller checked who may see them.
 */
export class GetOrderHeadersQuery extends Query<OrderHeader[]> {
  constructor(readonly refs: { orderId: string; shopId: string }[]) {
    super();
  }
}
