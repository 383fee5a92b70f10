import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
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
import { MarkReadCommand, readTarget } from '../application/commands/mark-read/mark-read.command';
import { ReadReceiptView } from '../application/commands/mark-read/read-receipt.view';
import { OpenRoomCommand } from '../application/commands/open-room/open-room.command';
import { GetRoomQuery } from '../application/queries/get-room/get-room.query';
import { RoomView } from '../application/queries/get-room/room.view';
import { ListMessagesQuery } from '../application/queries/list-messages/list-messages.query';
import { MessagePageView } from '../application/queries/list-messages/message-page.view';
import { ListMessagesSinceQuery } from '../application/queries/list-messages-since/list-messages-since.query';
import { MessagesSinceView } from '../application/queries/list-messages-since/messages-since.view';
import { ListRoomsQuery } from '../application/queries/list-rooms/list-rooms.query';
import { ChatGateway } from './chat.gateway';
import {
  MarkReadDto,
  MessagesQueryDto,
  MessagesSinceQueryDto,
  OpenRoomDto,
} from './chat.request.dto';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat/rooms')
export class ChatController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly gateway: ChatGateway,
  ) {}

  @Post()
  @Roles('buyer', 'seller')
  @ApiOperation({
    summary: 'Open the room with a shop, or about an order',
    description:
      'A buyer opens the room with a shop, or (with orderId) the room about one of their orders ' +
      'from it. A seller opens the room about an order of its shop (shopId and orderId of one of ' +
      'its ShopOrders) with that order’s buyer. A room about an order is opened for that order ' +
      'only: the room with the shop about no order is never reused for it. The room carries the ' +
      'order’s header (number, status).',
  })
  @ApiCreatedResponse({ type: RoomView, description: 'Opened' })
  @ApiOkResponse({ type: RoomView, description: 'The room already existed' })
  @ApiErrors(400, 401, 403, 404, 422)
  async open(
    @CurrentUser() actor: Actor,
    @Body() dto: OpenRoomDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoomView> {
    const { roomId, created } = await this.commands.execute(
      new OpenRoomCommand(actor, dto.shopId, dto.orderId ?? null),
    );
    void reply.status(created ? 201 : 200);
    return this.queries.execute(new GetRoomQuery(actor, roomId));
  }

  @Get()
  @ApiOkResponse({
    type: PageOf(RoomView),
    description: "A buyer's rooms, a seller's shops' rooms (all for admins), latest activity first",
  })
  @ApiErrors(400, 401)
  list(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<RoomView>> {
    return this.queries.execute(new ListRoomsQuery(actor, page.limit, page.offset));
  }

  @Get(':roomId')
  @ApiOkResponse({ type: RoomView })
  @ApiErrors(400, 401, 404)
  get(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
  ): Promise<RoomView> {
    return this.queries.execute(new GetRoomQuery(actor, roomId));
  }

  @Get(':roomId/messages')
  @ApiOkResponse({ type: MessagePageView, description: 'Newest first; page on with nextCursor' })
  @ApiErrors(400, 401, 404)
  messages(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Query() query: MessagesQueryDto,
  ): Promise<MessagePageView> {
    return this.queries.execute(
      new ListMessagesQuery(actor, roomId, query.before ?? null, query.limit),
    );
  }

  @Get(':roomId/messages/since')
  @ApiOkResponse({
    type: MessagesSinceView,
    description: 'The messages after afterSeq, oldest first: what a client missed',
  })
  @ApiErrors(400, 401, 404)
  since(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Query() query: MessagesSinceQueryDto,
  ): Promise<MessagesSinceView> {
    return this.queries.execute(
      new ListMessagesSinceQuery(actor, roomId, query.afterSeq, query.limit),
    );
  }

  @Post(':roomId/read')
  @HttpCode(200)
  @ApiOkResponse({ type: ReadReceiptView, description: 'Where your read marker now stands' })
  @ApiErrors(400, 401, 403, 404)
  async read(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Body() dto: MarkReadDto,
  ): Promise<ReadReceiptView> {
    const receipt = await this.commands.execute(
      new MarkReadCommand(actor, roomId, readTarget(dto)),
    );
    this.gateway.announceRead(receipt);
    return receipt;
  }
}
