import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, ApiErrors, CurrentUser, ParseUuidPipe, Roles } from '@pasar/shared';
import { SendSavedReplyCommand } from '../application/commands/send-saved-reply/send-saved-reply.command';
import { MessageView } from '../application/queries/get-room/message.view';
import { PreviewSavedReplyQuery } from '../application/queries/preview-saved-reply/preview-saved-reply.query';
import { RenderedReplyView } from '../application/queries/preview-saved-reply/rendered-reply.view';
import { ChatGateway } from './chat.gateway';
import { SendSavedReplyDto } from './seller-tools.request.dto';

/** A room's seller previews and sends the shop's saved replies in it. */
@ApiTags('chat seller tools')
@ApiBearerAuth()
@Controller('chat/rooms/:roomId/saved-replies/:replyId')
export class SavedReplySendController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly gateway: ChatGateway,
  ) {}

  @Get('preview')
  @Roles('seller')
  @ApiOkResponse({ type: RenderedReplyView, description: 'The reply filled in for the room' })
  @ApiErrors(400, 401, 403, 404, 422)
  preview(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Param('replyId', ParseUuidPipe) replyId: string,
  ): Promise<RenderedReplyView> {
    return this.queries.execute(new PreviewSavedReplyQuery(actor, roomId, replyId));
  }

  @Post('send')
  @Roles('seller')
  @ApiCreatedResponse({ type: MessageView, description: 'Stored and sent to the room' })
  @ApiOkResponse({ type: MessageView, description: 'Already sent with this clientMessageId' })
  @ApiErrors(400, 401, 403, 404, 422)
  async send(
    @CurrentUser() actor: Actor,
    @Param('roomId', ParseUuidPipe) roomId: string,
    @Param('replyId', ParseUuidPipe) replyId: string,
    @Body() dto: SendSavedReplyDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MessageView> {
    const { message, broadcast, created } = await this.commands.execute(
      new SendSavedReplyCommand(actor, roomId, replyId, dto.clientMessageId),
    );
    if (created) this.gateway.publish(broadcast);
    void reply.status(created ? 201 : 200);
    return message;
  }
}
