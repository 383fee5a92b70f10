import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PaymentIntentView } from '@pasar/payments';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  Page,
  PageOf,
  PageQuery,
  ParseUuidPipe,
  Roles,
} from '@pasar/shared';
import { CancelOrderCommand } from '../application/commands/cancel-order/cancel-order.command';
import { CreateOrderPaymentIntentCommand } from '../application/commands/create-order-payment-intent/create-order-payment-intent.command';
import { PlaceOrderCommand } from '../application/commands/place-order/place-order.command';
import { PlacedOrderView } from '../application/commands/place-order/placed-order.view';
import { GetOrderTimelineQuery } from '../application/queries/get-order-timeline/get-order-timeline.query';
import { TimelineEntryView } from '../application/queries/get-order-timeline/timeline-entry.view';
import { GetOrderTrackingQuery } from '../application/queries/get-order-tracking/get-order-tracking.query';
import { OrderTrackingView } from '../application/queries/get-order-tracking/order-tracking.view';
import { GetOrderQuery } from '../application/queries/get-order/get-order.query';
import { GetOrderByNumberQuery } from '../application/queries/get-order-by-number/get-order-by-number.query';
import { OrderDetailView } from '../application/queries/get-order/order-detail.view';
import { OrderView } from '../application/queries/get-order/order.view';
import { ListOrdersQuery } from '../application/queries/list-orders/list-orders.query';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKey } from './idempotency-key.decorator';
import { ORDER_NUMBER_EXAMPLE } from '../domain/order/order-number';
import { PlaceOrderDto } from './order.request.dto';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('buyer')
  @ApiHeader({
    name: IDEMPOTENCY_KEY_HEADER,
    required: true,
    description:
      'Your id for this checkout (1–100 visible ASCII characters, e.g. a UUID). Sending it again ' +
      'with the same body answers the first response; with another body it is a 422.',
  })
  @ApiCreatedResponse({
    type: PlacedOrderView,
    description: 'Placed and awaiting payment; stock is held until paymentInstructions.payBefore',
  })
  @ApiErrors(400, 401, 403, 409, 422)
  async place(
    @CurrentUser() actor: Actor,
    @IdempotencyKey() key: string,
    @Body() dto: PlaceOrderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlacedOrderView> {
    const result = await this.commands.execute(
      new PlaceOrderCommand(
        actor.id,
        key,
        dto.shippingAddressId,
        dto.paymentMethod,
        dto.billingAddressId ?? null,
        (dto.shippingMethods ?? []).map(({ shopId, methodId }) => ({ shopId, methodId })),
      ),
    );
    void reply.status(result.status);
    if (result.replayed) void reply.header('idempotent-replayed', 'true');
    return result.body;
  }

  @Get()
  @Roles('buyer')
  @ApiOkResponse({ type: PageOf(OrderView), description: 'Your orders, newest first' })
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<OrderView>> {
    return this.queries.execute(new ListOrdersQuery(actor.id, page.limit, page.offset));
  }

  @Get('by-number/:number')
  @Roles('buyer', 'admin')
  @ApiOperation({
    summary: 'Find one of your orders by its number',
    description:
      `The number as printed (e.g. ${ORDER_NUMBER_EXAMPLE}); case does not matter, and O, I and L ` +
      'are read as 0, 1 and 1. Another buyer’s order is a 404, as is an unknown number.',
  })
  @ApiOkResponse({ type: OrderDetailView })
  @ApiErrors(401, 403, 404)
  byNumber(@CurrentUser() actor: Actor, @Param('number') number: string): Promise<OrderDetailView> {
    return this.queries.execute(new GetOrderByNumberQuery(actor, number));
  }

  @Get(':id')
  @Roles('buyer', 'admin')
  @ApiOkResponse({ type: OrderDetailView })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<OrderDetailView> {
    return this.queries.execute(new GetOrderQuery(actor, id));
  }

  @Get(':id/tracking')
  @Roles('buyer', 'admin')
  @ApiOkResponse({ type: OrderTrackingView })
  @ApiErrors(400, 401, 403, 404)
  tracking(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<OrderTrackingView> {
    return this.queries.execute(new GetOrderTrackingQuery(actor, id));
  }

  @Get(':id/timeline')
  @Roles('buyer', 'admin')
  @ApiOkResponse({ type: [TimelineEntryView], description: 'Oldest first' })
  @ApiErrors(400, 401, 403, 404)
  timeline(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<TimelineEntryView[]> {
    return this.queries.execute(new GetOrderTimelineQuery(actor, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('buyer')
  @ApiOkResponse({ type: OrderDetailView, description: 'Cancelled; its stock is released' })
  @ApiErrors(400, 401, 403, 404, 409)
  async cancel(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<OrderDetailView> {
    await this.commands.execute(new CancelOrderCommand(actor, id));
    return this.queries.execute(new GetOrderQuery(actor, id));
  }

  @Post(':id/payment-intent')
  @Roles('buyer')
  @ApiCreatedResponse({
    type: PaymentIntentView,
    description: 'The open intent for the order total (a repeated call returns the same one)',
  })
  @ApiErrors(400, 401, 403, 404, 409, 503)
  createPaymentIntent(
    @CurrentUser() actor: Actor,
    @Param('id', ParseUuidPipe) id: string,
  ): Promise<PaymentIntentView> {
    return this.commands.execute(new CreateOrderPaymentIntentCommand(actor, id));
  }
}
