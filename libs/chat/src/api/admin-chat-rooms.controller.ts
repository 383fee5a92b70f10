import { Body, Controller, Delete, Param, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe, Roles } from '@pasar/shared';
import { SetRoomHoldCommand } from '../application/commands/set-room-hold/set-room-hold.command';
import { GetRoomQuery } from '../application/queries/get-room/get-room.query';
import { RoomView } from '../application/queries/get-room/room.view';
import { RoomHoldDto } from './chat.request.dto';

/** Admins keep chat rooms from retention (legal holds, investigations). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/chat/rooms')
export class AdminChatRoomsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Put(':roomId/hold')
  @ApiOperation({
    summary: 'Put a room on hold',
    description:
      'Retention never purges a room on hold. Replaces any hold the room has (a dispute’s too) ' +
      'with this reason; repeating it changes nothing.',
  })
  @ApiOkResponse({ type: RoomView, description: 'The room, with its hold' })
  @ApiErrors(400, 401, 403, 404)
  async hold(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Body() dto: RoomHoldDto,
  ): Promise<RoomView> {
    await this.commands.execute(new SetRoomHoldCommand(roomId, dto.reason));
    return this.queries.execute(new GetRoomQuery(actor, roomId));
  }

  @Delete(':roomId/hold')
  @ApiOperation({
    summary: 'Lift the hold of a room',
    description:
      'Lifts any hold (a dispute’s too); the retention period then runs from when the room ' +
      'closed. A room without hold is answered as it is.',
  })
  @ApiOkResponse({ type: RoomView, description: 'The room, without hold' })
  @ApiErrors(400, 401, 403, 404)
  async release(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
  ): Promise<RoomView> {
    await this.commands.execute(new SetRoomHoldCommand(roomId, null));
    return this.queries.execute(new GetRoomQuery(actor, roomId));
  }
}
