import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  Actor,
  ApiErrors,
  CurrentUser,
  Page,
  PageOf,
  PageQuery,
  ParseUuidPipe,
  Public,
  Roles,
} from '@pasar/shared';
import { CreateSavedReplyCommand } from '../application/commands/create-saved-reply/create-saved-reply.command';
import { DeleteSavedReplyCommand } from '../application/commands/delete-saved-reply/delete-saved-reply.command';
import { UpdateChatSettingsCommand } from '../application/commands/update-chat-settings/update-chat-settings.command';
import { UpdateSavedReplyCommand } from '../application/commands/update-saved-reply/update-saved-reply.command';
import { ChatSettingsView } from '../application/queries/get-chat-settings/chat-settings.view';
import { GetChatSettingsQuery } from '../application/queries/get-chat-settings/get-chat-settings.query';
import { GetResponseTimeQuery } from '../application/queries/get-response-time/get-response-time.query';
import { ResponseTimeView } from '../application/queries/get-response-time/response-time.view';
import { ListSavedRepliesQuery } from '../application/queries/list-saved-replies/list-saved-replies.query';
import { SavedReplyView } from '../application/queries/list-saved-replies/saved-reply.view';
import {
  ChatSettingsDto,
  CreateSavedReplyDto,
  UpdateSavedReplyDto,
} from './seller-tools.request.dto';

/** A shop's chat tools: saved replies, away mode and business hours, response time. */
@ApiTags('chat seller tools')
@Controller('shops/:shopId')
export class SellerToolsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('saved-replies')
  @ApiBearerAuth()
  @Roles('seller', 'admin')
  @ApiOkResponse({ type: PageOf(SavedReplyView), description: "The shop's saved replies by title" })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Query() page: PageQuery,
  ): Promise<Page<SavedReplyView>> {
    return this.queries.execute(new ListSavedRepliesQuery(actor, shopId, page.limit, page.offset));
  }

  @Post('saved-replies')
  @ApiBearerAuth()
  @Roles('seller')
  @ApiOperation({ summary: 'Save a reply (unknown variables are refused, naming the variable)' })
  @ApiCreatedResponse({ type: SavedReplyView })
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Body() dto: CreateSavedReplyDto,
  ): Promise<SavedReplyView> {
    return this.commands.execute(new CreateSavedReplyCommand(actor, shopId, dto.title, dto.body));
  }

  @Patch('saved-replies/:replyId')
  @ApiBearerAuth()
  @Roles('seller')
  @ApiOkResponse({ type: SavedReplyView })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('replyId', ParseUuidPipe) replyId: string,
    @Body() dto: UpdateSavedReplyDto,
  ): Promise<SavedReplyView> {
    return this.commands.execute(
      new UpdateSavedReplyCommand(actor, shopId, replyId, { title: dto.title, body: dto.body }),
    );
  }

  @Delete('saved-replies/:replyId')
  @ApiBearerAuth()
  @Roles('seller')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(400, 401, 403, 404)
  async remove(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Param('replyId', ParseUuidPipe) replyId: string,
  ): Promise<void> {
    await this.commands.execute(new DeleteSavedReplyCommand(actor, shopId, replyId));
  }

  @Get('chat-settings')
  @ApiBearerAuth()
  @Roles('seller', 'admin')
  @ApiOkResponse({ type: ChatSettingsView })
  @ApiErrors(400, 401, 403, 404)
  settings(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
  ): Promise<ChatSettingsView> {
    return this.queries.execute(new GetChatSettingsQuery(actor, shopId));
  }

  @Put('chat-settings')
  @ApiBearerAuth()
  @Roles('seller')
  @ApiOperation({
    summary: 'Set away mode and business hours',
    description:
      'While away, or outside the business hours, a buyer’s message gets one automatic reply ' +
      '(at most once per buyer per 24 hours), marked `automatic: true`.',
  })
  @ApiOkResponse({ type: ChatSettingsView })
  @ApiErrors(400, 401, 403, 404)
  updateSettings(
    @CurrentUser() actor: Actor,
    @Param('shopId', ParseUuidPipe) shopId: string,
    @Body() dto: ChatSettingsDto,
  ): Promise<ChatSettingsView> {
    return this.commands.execute(
      new UpdateChatSettingsCommand(actor, shopId, {
        away: dto.away,
        awayMessage: dto.awayMessage,
        businessHours: dto.businessHours ?? null,
        outsideHoursMessage: dto.outsideHoursMessage,
      }),
    );
  }

  @Get('chat-response')
  @Public()
  @ApiOperation({
    summary: "The shop's chat response time (last 30 days)",
    description:
      'Among conversations buyers started (seller-started rooms, blocked buyers and ' +
      'conversations begun while the shop was away or closed are left out): the share answered ' +
      'by a seller (automatic replies do not count) within 24 hours, and the median time to ' +
      'that answer. Time in away periods is not counted.',
  })
  @ApiOkResponse({ type: ResponseTimeView })
  @ApiErrors(400)
  responseTime(@Param('shopId', ParseUuidPipe) shopId: string): Promise<ResponseTimeView> {
    return this.queries.execute(new GetResponseTimeQuery(shopId));
  }
}
