import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { GrpcMethod, Payload } from '@nestjs/microservices';
import { GrpcController, SERVICE_ACTOR } from '@pasar/shared';
import { DeliverShopOrderCommand } from '../../application/commands/deliver-shop-order/deliver-shop-order.command';
import { ShipShopOrderCommand } from '../../application/commands/ship-shop-order/ship-shop-order.command';
import { GetOrderQuery } from '../../application/queries/get-order/get-order.query';
import { OrderDetailView } from '../../application/queries/get-order/order-detail.view';
import { GetShopOrderQuery } from '../../application/queries/get-shop-order/get-shop-order.query';
import { SellerShopOrderView } from '../../application/queries/get-shop-order/seller-shop-order.view';
import { GetOrderRpc, UpdateShopOrderShippingRpc } from './ordering-grpc.request.dto';

const SERVICE = 'OrderingService';

/**
 * pasar.ordering.v1.OrderingService (proto/pasar/ordering/v1/ordering.proto). The caller acts
 * as SERVICE_ACTOR, so it may ship and deliver any shop's orders, and the order timeline
 * records each change as made by that actor.
 */
@GrpcController()
export class OrderingGrpcController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @GrpcMethod(SERVICE, 'GetOrder')
  getOrder(@Payload() request: GetOrderRpc): Promise<OrderDetailView> {
    return this.queries.execute(new GetOrderQuery(SERVICE_ACTOR, request.orderId));
  }

  @GrpcMethod(SERVICE, 'UpdateShopOrderShipping')
  async updateShopOrderShipping(
    @Payload() request: UpdateShopOrderShippingRpc,
  ): Promise<SellerShopOrderView> {
    const { shopOrderId } = request;
    await this.commands.execute(
      request.update === 'SHIPPING_UPDATE_SHIPPED'
        ? new ShipShopOrderCommand(
            SERVICE_ACTOR,
            shopOrderId,
            request.carrier,
            request.trackingNumber,
          )
        : new DeliverShopOrderCommand(SERVICE_ACTOR, shopOrderId),
    );
    return this.queries.execute(new GetShopOrderQuery(SERVICE_ACTOR, shopOrderId));
  }
}
