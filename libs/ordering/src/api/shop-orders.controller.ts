import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, Page, PageOf, ParseUuidPipe, Roles } from '@pasar/shared';
import { CancelShopOrderCommand } from '../application/commands/cancel-shop-order/cancel-shop-order.command';
import { ConfirmDeliveryCommand } from '../application/commands/confirm-delivery/confirm-delivery.command';
import { DeliverShopOrderCommand } from '../application/commands/deliver-shop-order/deliver-shop-order.command';
import { ShipShopOrderCommand } from '../application/commands/ship-shop-order/ship-shop-order.command';
import { GetOrderQuery } from '../application/queries/get-order/get-order.query';
import { OrderDetailView } from '../application/queries/get-order/order-detail.view';
import { GetShopOrderQuery } from '../application/queries/get-shop-order/get-shop-order.query';
import { SellerShopOrderView } from '../application/queries/get-shop-order/seller-shop-order.view';
import { ListShopOrdersQuery } from '../application/queries/list-shop-orders/list-shop-orders.query';
import { CancelShopOrderDto, ShipShopOrderDto, ShopOrdersQueryDto } from './order.request.dto';

/** A shop's part of orders: its seller ships, delivers or cancels it; its buyer confirms receipt. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller()
export class ShopOrdersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('shops/:shopId/orders')
  @Roles('seller', 'admin')
  @ApiOkResponse({ type: PageOf(SellerShopOrderView), description: 'Newest first' })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Query() query: ShopOrdersQueryDto,
  ): Promise<Page<SellerShopOrderView>> {
    return this.queries.execute(
      new ListShopOrdersQuery(actor, shopId, query.status, query.limit, query.offset, query.number),
    );
  }

  @Get('shop-orders/:id')
  @Roles('seller', 'admin')
  @ApiOkResponse({ type: SellerShopOrderView })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<SellerShopOrderView> {
    return this.queries.execute(new GetShopOrderQuery(actor, id));
  }

  @Post('shop-orders/:id/ship')
  @HttpCode(200)
  @Roles('seller')
  @ApiOkResponse({ type: SellerShopOrderView, description: 'Shipped (from paid)' })
  @ApiErrors(400, 401, 403, 404, 409)
  async ship(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: ShipShopOrderDto,
  ): Promise<SellerShopOrderView> {
    await this.commands.execute(
      new ShipShopOrderCommand(actor, id, dto.carrier, dto.trackingNumber),
    );
    return this.queries.execute(new GetShopOrderQuery(actor, id));
  }

  @Post('shop-orders/:id/deliver')
  @HttpCode(200)
  @Roles('seller')
  @ApiOkResponse({ type: SellerShopOrderView, description: 'Delivered (from shipped)' })
  @ApiErrors(400, 401, 403, 404, 409)
  async deliver(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<SellerShopOrderView> {
    await this.commands.execute(new DeliverShopOrderCommand(actor, id));
    return this.queries.execute(new GetShopOrderQuery(actor, id));
  }

  @Post('shop-orders/:id/cancel')
  @HttpCode(200)
  @Roles('seller')
  @ApiOkResponse({
    type: SellerShopOrderView,
    description: 'Cancelled (from paid): the buyer is refunded its total, the stock returns',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async cancel(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
    @Body() dto: CancelShopOrderDto,
  ): Promise<SellerShopOrderView> {
    await this.commands.execute(new CancelShopOrderCommand(actor, id, dto.reason));
    return this.queries.execute(new GetShopOrderQuery(actor, id));
  }

  @Post('shop-orders/:id/confirm-delivery')
  @HttpCode(200)
  @Roles('buyer')
  @ApiOkResponse({ type: OrderDetailView, description: 'The ShopOrder is completed' })
  @ApiErrors(400, 401, 403, 404, 409)
  async confirmDelivery(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<OrderDetailView> {
    const { orderId } = await this.commands.execute(new ConfirmDeliveryCommand(actor, id));
    return this.queries.execute(new GetOrderQuery(actor, orderId));
  }
}
