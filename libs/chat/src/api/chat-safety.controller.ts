import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
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
import { BlockRoomCommand } from '../application/commands/block-room/block-room.command';
import { ReportRoomCommand } from '../application/commands/report-room/report-room.command';
import { UnblockRoomCommand } from '../application/commands/unblock-room/unblock-room.command';
import { BlockView } from '../application/queries/list-blocks/block.view';
import { ListBlocksQuery } from '../application/queries/list-blocks/list-blocks.query';
import { ReportRoomDto } from './chat-safety.request.dto';

class BlockedView {
  @ApiProperty({ description: 'False when your side had already blocked' })
  created!: boolean;
}

class ReportedView {
  @ApiProperty({ format: 'uuid', description: 'The moderation case the report opened' })
  caseId!: string;
}

/** Blocking the other side of a room, and reporting a room to the admins. */
@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat')
export class ChatSafetyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('rooms/:roomId/block')
  @Roles('buyer', 'seller')
  @ApiOperation({
    summary: 'Block the other side of the room',
    description:
      "The room's buyer blocks the shop; the shop's seller blocks the buyer for that shop. While " +
      'either side has a block, no message goes between the buyer and the shop in any of their ' +
      'rooms (CHAT.BLOCKED) and no new room opens between them; history stays readable.',
  })
  @ApiCreatedResponse({ type: BlockedView, description: 'Blocked' })
  @ApiOkResponse({ type: BlockedView, description: 'Your side had already blocked' })
  @ApiErrors(400, 401, 403, 404)
  async block(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BlockedView> {
    const result = await this.commands.execute(new BlockRoomCommand(actor, roomId));
    void reply.status(result.created ? 201 : 200);
    return result;
  }

  @Delete('rooms/:roomId/block')
  @Roles('buyer', 'seller')
  @HttpCode(204)
  @ApiOperation({ summary: "Lift your side's block (the other side's block, if any, stays)" })
  @ApiNoContentResponse({ description: 'Unblocked' })
  @ApiErrors(400, 401, 403, 404)
  async unblock(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
  ): Promise<void> {
    await this.commands.execute(new UnblockRoomCommand(actor, roomId));
  }

  @Get('blocks')
  @Roles('buyer', 'seller')
  @ApiOkResponse({ type: PageOf(BlockView), description: 'The blocks you placed, newest first' })
  @ApiErrors(400, 401, 403)
  blocks(@CurrentUser() actor: Actor, @Query() page: PageQuery): Promise<Page<BlockView>> {
    return this.queries.execute(new ListBlocksQuery(actor, page.limit, page.offset));
  }

  @Post('rooms/:roomId/reports')
  @Roles('buyer', 'seller')
  @ApiOperation({
    summary: 'Report the room to the admins',
    description:
      "Opens a moderation case about the room's other participant, carrying the room's latest " +
      'messages (original texts) as they stand now.',
  })
  @ApiCreatedResponse({ type: ReportedView })
  @ApiErrors(400, 401, 403, 404)
  report(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Body() dto: ReportRoomDto,
  ): Promise<ReportedView> {
    return this.commands.execute(
      new ReportRoomCommand(actor, roomId, dto.reason, dto.note ?? null),
    );
  }
}
